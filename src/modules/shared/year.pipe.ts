import { Injectable, type PipeTransform } from '@nestjs/common';
import { badRequest } from '../../infrastructure/http/problem';

/** A year in a path: an integer from 2000 to 2100. */
@Injectable()
export class YearPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
      throw badRequest('The year is invalid.', [
        { field: 'year', message: 'year must be an integer from 2000 to 2100' },
      ]);
    }
    return year;
  }
}
