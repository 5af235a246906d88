import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { ReadModels } from '../../infrastructure/projections/read-models';
import { badRequest, problem, ProblemException } from '../../infrastructure/http/problem';

export const MIN_POSITION_WAIT_MS = 5_000;

/** `?minPosition=N` on a GET waits for the projections to pass N, then 503 with Retry-After. */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(private readonly readModels: ReadModels) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const raw = request.method === 'GET' ? request.query.minPosition : undefined;
    if (raw === undefined) return next.handle();
    if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
      throw badRequest('minPosition is invalid.', [
        { field: 'minPosition', message: 'minPosition must be a non-negative integer' },
      ]);
    }
    return from(this.readModels.waitFor(Number(raw), MIN_POSITION_WAIT_MS)).pipe(
      switchMap((reached) => {
        if (!reached) {
          throw new ProblemException(
            problem(
              503,
              'projections_behind',
              `The read models have not reached position ${raw} yet; retry.`,
              undefined,
              { retryAfterSeconds: 1 },
            ),
          );
        }
        return next.handle();
      }),
    );
  }
}
