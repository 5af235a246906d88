import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';
import { problem, ProblemException } from '../../infrastructure/http/problem';
import type { ActorRequest } from '../shared/actor';
import { AsOfLimiter, type AsOfRefusal } from './as-of-limiter';

/** An as-of read takes from a fraction of a second to a few: the client may try again soon. */
const RETRY_AFTER_SECONDS = 1;

/**
 * A read with `?asOf=` replays the log: each user, and the service, has only a few in flight at
 * once (AsOfLimiter); one more is refused with 429 and `Retry-After` before any work starts.
 */
@Injectable()
export class AsOfLimitInterceptor implements NestInterceptor {
  constructor(private readonly limiter: AsOfLimiter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & ActorRequest>();
    if (request.method !== 'GET' || request.query.asOf === undefined) return next.handle();
    const place = this.limiter.take(request.actor?.id ?? `ip:${request.ip ?? 'unknown'}`);
    if ('refused' in place) throw this.tooMany(place.refused);
    return next.handle().pipe(finalize(place.release));
  }

  private tooMany(refusal: AsOfRefusal): ProblemException {
    const detail =
      refusal === 'user'
        ? `At most ${this.limiter.maxPerUser} as-of reads of one user run at once; ` +
          'retry when one has answered.'
        : `The service is running its ${this.limiter.maxTotal} as-of reads at once; retry shortly.`;
    return new ProblemException(
      problem(429, 'too_many_as_of_reads', detail, undefined, {
        retryAfterSeconds: RETRY_AFTER_SECONDS,
      }),
    );
  }
}
