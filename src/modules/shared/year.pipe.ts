import { Injectable, type PipeTransform } from '@nestjs/common';
import { MAX_YEAR, MIN_YEAR } from '../../domain/shared/guards';
import { badRequest } from '../../infrastructure/http/problem';

/** A year in a path: four digits, from MIN_YEAR to MAX_YEAR. */
@Injectable()
export class YearPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const year = Number(value);
    if (typeof value !== 'string' || !/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
      throw badRequest('The year is invalid.', [
        { field: 'year', message: `year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}` },
      ]);
    }
    return year;
  }
}
