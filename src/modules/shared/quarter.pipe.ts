import { Injectable, type PipeTransform } from '@nestjs/common';
import { type Quarter, QUARTERS } from '../../domain/assessment/quarters';
import { badRequest } from '../../infrastructure/http/problem';

/** A quarter of the assessment year in a path: 1, 2, 3 or 4. */
@Injectable()
export class QuarterPipe implements PipeTransform<unknown, Quarter> {
  transform(value: unknown): Quarter {
    const quarter = QUARTERS.find((q) => String(q) === value);
    if (quarter === undefined) {
      throw badRequest('The quarter is invalid.', [
        { field: 'q', message: 'q must be 1, 2, 3 or 4' },
      ]);
    }
    return quarter;
  }
}
