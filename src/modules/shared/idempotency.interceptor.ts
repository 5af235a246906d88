import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SYSTEM_ACTOR_IDS } from '../../domain/users';
import {
  ConcurrencyError,
  EVENT_STORE,
  type EventStore,
  EventsTooLargeError,
} from '../../infrastructure/event-store/event-store.port';
import {
  badRequest,
  conflictProblem,
  problem,
  ProblemException,
} from '../../infrastructure/http/problem';
import { LOGGER } from '../../infrastructure/logging/logger';
import { READ_STORE, type ReadStore } from '../../infrastructure/read-store/read-store.port';
import type { ActorRequest } from './actor';
import { hashRequestBody } from './command-context';
import {
  ANSWER,
  ANSWER_VERSION,
  answerOf,
  keyStreamId,
  recordableAnswer,
  type RecordedAnswer,
  type RequestFingerprint,
  withoutShownOnce,
} from './idempotency-records';
import { KeyClaim } from './key-claim';

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;

/**
 * `Idempotency-Key` on any POST: every request first claims the key (a lease, see KeyClaim), then
 * reads the key's stream once; the first request's answer alone is recorded, in stream `idempotency-<hash>`; a repeat with the same body gets
 * that answer again, a repeat with another body 409. A request that fails records nothing.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly claimTtlMs: number;
  private readonly maxAnswerBytes: number;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.claimTtlMs = config.idempotencyClaimTtlSeconds * 1000;
    this.maxAnswerBytes = config.idempotencyMaxAnswerBytes;
  }

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
    const streamId = keyStreamId(request.actor, key);
    const asked: RequestFingerprint = {
      method: request.method,
      path: request.originalUrl,
      requestHash: hashRequestBody(request.body),
    };
    const claim = await KeyClaim.take(this.reads, streamId, this.claimTtlMs);
    if (!claim) {
      const answered = answerOf(await this.events.readStream(streamId));
      if (answered) return replay(answered, asked, response);
      throw inProgress();
    }
    try {
      const history = await this.events.readStream(streamId);
      const answered = answerOf(history);
      if (answered) return replay(answered, asked, response);
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const answer = recordableAnswer(
        { request: asked, status: response.statusCode, body: withoutShownOnce(body) },
        this.maxAnswerBytes,
      );
      await this.record(streamId, answer, history.at(-1)?.revision, request);
      return body;
    } finally {
      await claim.release().catch((error: unknown) => {
        this.logger.warn({ err: error, streamId }, 'Idempotency-Key claim not released');
      });
    }
  }

  /**
   * Appends the answer after the events read under the claim: one answer per key. The command has
   * committed by now: a store refusing the answer as too large gets it without its body.
   */
  private async record(
    streamId: string,
    answer: RecordedAnswer,
    revision: number | undefined,
    request: ActorRequest,
  ): Promise<void> {
    const event = (data: RecordedAnswer) => ({
      id: randomUUID(),
      type: ANSWER,
      schemaVersion: ANSWER_VERSION,
      data,
      metadata: {
        actorId: request.actor?.id ?? SYSTEM_ACTOR_IDS.anonymous,
        actorRole: request.actor?.role ?? 'none',
        requestId: request.id ?? 'unknown',
      },
    });
    const expected = revision ?? 'no_stream';
    try {
      try {
        await this.events.append(streamId, [event(answer)], expected);
      } catch (error) {
        if (!(error instanceof EventsTooLargeError)) throw error;
        await this.events.append(streamId, [event(recordableAnswer(answer, 0))], expected);
      }
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      // The claim expired while this request ran and a retry answered first; both ran.
      this.logger.warn({ streamId }, 'Idempotency-Key answered twice; the first answer is kept');
    }
  }
}

function replay(
  { answer, request }: NonNullable<ReturnType<typeof answerOf>>,
  asked: RequestFingerprint,
  response: Response,
): unknown {
  if (request?.requestHash !== asked.requestHash || request.path !== asked.path) {
    throw conflictProblem(
      'idempotency_key_reused',
      'This Idempotency-Key was used with a different request.',
    );
  }
  if (answer.bodyOmittedBytes !== undefined) throw answerNotKept(answer.status);
  response.status(answer.status);
  response.setHeader('Idempotent-Replayed', 'true');
  return answer.body;
}

const answerNotKept = (status: number) =>
  new ProblemException(
    problem(
      409,
      'idempotent_answer_not_kept',
      `The first request with this Idempotency-Key succeeded (status ${status}); its answer was too large to keep, so it is not repeated. Read the resource instead.`,
      undefined,
      { answeredStatus: status },
    ),
  );

const inProgress = () =>
  new ProblemException(
    problem(
      409,
      'request_in_progress',
      'The first request with this Idempotency-Key is still running; retry.',
      undefined,
      { retryAfterSeconds: 1 },
    ),
  );
