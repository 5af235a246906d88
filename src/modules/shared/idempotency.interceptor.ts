import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import {
  ConcurrencyError,
  EVENT_STORE,
  type EventStore,
} from '../../infrastructure/event-store/event-store.port';
import { badRequest, conflictProblem } from '../../infrastructure/http/problem';
import type { ActorRequest } from './actor';
import { hashRequestBody } from './command-context';

interface IdempotentRequestStarted {
  method: string;
  path: string;
  requestHash: string;
}
interface IdempotentRequestCompleted {
  status: number;
  body: unknown;
}

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/**
 * `Idempotency-Key` on any POST: the first request claims the key (an event in stream
 * `idempotency-<hash>`, appended only if the stream does not exist), and its answer is recorded;
 * a repeat with the same body gets that answer again, a repeat with another body gets 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & ActorRequest>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined) return next.handle();
    if (!KEY.test(key))
      throw badRequest('Idempotency-Key must be 1 to 200 characters of [A-Za-z0-9._:-].');
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.handle(key, request, response, next));
  }

  private async handle(
    key: string,
    request: Request & ActorRequest,
    response: Response,
    next: CallHandler,
  ) {
    const scopedKey = `${request.actor?.id ?? 'anonymous'}\u0000${key}`;
    const streamId = `idempotency-${createHash('sha256').update(scopedKey).digest('hex').slice(0, 40)}`;
    const started: IdempotentRequestStarted = {
      method: request.method,
      path: request.originalUrl,
      requestHash: hashRequestBody(request.body),
    };
    const metadata = {
      actorId: request.actor?.id ?? 'anonymous',
      actorRole: request.actor?.role ?? 'none',
      requestId: request.id ?? 'unknown',
    };
    const record = (type: string, data: unknown, expected: number | 'no_stream') =>
      this.store.append(streamId, [{ id: randomUUID(), type, data, metadata }], expected);

    let claimed: number | undefined;
    while (claimed === undefined) {
      const history = await this.store.readStream(streamId);
      const last = history[history.length - 1];
      if (last && last.type !== 'IdempotentRequestReleased')
        return this.replay(history, started, response);
      try {
        const result = await record(
          'IdempotentRequestStarted',
          started,
          last ? last.revision : 'no_stream',
        );
        claimed = result.nextExpectedRevision;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await record('IdempotentRequestReleased', { reason: 'request failed' }, claimed);
      throw error;
    }
    const completed: IdempotentRequestCompleted = { status: response.statusCode, body };
    await record('IdempotentRequestCompleted', completed, claimed);
    return body;
  }

  private replay(
    history: Array<{ type: string; data: unknown }>,
    started: IdempotentRequestStarted,
    response: Response,
  ) {
    const claim = [...history].reverse().find((event) => event.type === 'IdempotentRequestStarted');
    const original = claim?.data as IdempotentRequestStarted;
    if (original.requestHash !== started.requestHash || original.path !== started.path) {
      throw conflictProblem(
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request.',
      );
    }
    const last = history[history.length - 1];
    if (last.type !== 'IdempotentRequestCompleted') {
      throw conflictProblem(
        'request_in_progress',
        'The first request with this Idempotency-Key is still running.',
      );
    }
    const completed = last.data as IdempotentRequestCompleted;
    response.status(completed.status);
    response.setHeader('Idempotent-Replayed', 'true');
    return completed.body;
  }
}
