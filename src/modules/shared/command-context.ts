import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../infrastructure/event-store/integrity/canonical-json';
import type { Actor, ActorRequest } from './actor';
import { type StreamReads, streamReadsOf } from './stream-reads';

/** What every command carries besides its own fields: who, which request, when. */
export interface CommandContext {
  actor: Actor;
  requestId: string;
  now: Date;
  /** Hash of the request body as sent, so a repeated create can be recognised. */
  requestHash: string;
  causationId?: string;
  /** The streams the request read before the command (its authorisation): decided on, not read again. */
  reads?: StreamReads;
}

export const hashRequestBody = (body: unknown): string =>
  createHash('sha256')
    .update(canonicalJson(body ?? null))
    .digest('hex');

export const Ctx = createParamDecorator(
  (_data: unknown, execution: ExecutionContext): CommandContext => {
    const request = execution.switchToHttp().getRequest<ActorRequest>();
    if (!request.actor) throw new Error('Ctx used on a route without an authenticated actor');
    return {
      actor: request.actor,
      requestId: request.id ?? 'unknown',
      now: new Date(),
      requestHash: hashRequestBody(request.body),
      reads: streamReadsOf(request),
    };
  },
);
