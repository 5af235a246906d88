import { createHash } from 'node:crypto';
import type { RecordedEvent } from '../../infrastructure/event-store/event-store.port';
import type { Upcaster } from '../../infrastructure/event-store/upcasting/upcaster-registry';
import { SYSTEM_ACTOR_IDS } from '../../domain/users';
import type { Actor } from './actor';

/**
 * What the stream `idempotency-<hash of scope and key>` records: since v2 of the answer, only the
 * answer. Claims and their releases were events before (IdempotentRequestStarted, …Released);
 * streams holding them are still read.
 */
export const ANSWER = 'IdempotentRequestCompleted';
export const ANSWER_VERSION = 2;
const LEGACY_CLAIM = 'IdempotentRequestStarted';

export interface RequestFingerprint {
  method: string;
  path: string;
  requestHash: string;
}

export interface RecordedAnswer {
  /** Absent from answers recorded before v2: the claim before them names their request. */
  request?: RequestFingerprint;
  status: number;
  body: unknown;
  /** Set when the body was too large to record (its size in bytes); `body` is then null. */
  bodyOmittedBytes?: number;
}

/**
 * The answer as it can be recorded: one event holds it, and a store limits an event's size
 * (EventStoreDB: 1 MiB per append by default), so a larger body is left out and only its size kept.
 */
export function recordableAnswer(answer: RecordedAnswer, maxBodyBytes: number): RecordedAnswer {
  if (answer.bodyOmittedBytes !== undefined) return answer;
  const bytes = Buffer.byteLength(JSON.stringify(answer.body) ?? '', 'utf8');
  if (bytes <= maxBodyBytes) return answer;
  return { ...answer, body: null, bodyOmittedBytes: bytes };
}

/** Fields of an answer shown once to the caller and never recorded: a token issued to a user. */
const SHOWN_ONCE = ['token'];

export function withoutShownOnce(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const kept = Object.entries(body).filter(([field]) => !SHOWN_ONCE.includes(field));
  return Object.fromEntries(kept);
}

/** v1 answers recorded a created user's token; read, they no longer show it. */
export const answerWithoutShownOnce: Upcaster = {
  type: ANSWER,
  fromVersion: 1,
  upcast: (data) => {
    const answer = data as RecordedAnswer;
    return { ...answer, body: withoutShownOnce(answer.body) };
  },
};

/**
 * Keys are scoped by who sends them. A user's scope is its id (as before v2, so its recorded
 * answers are still found); a system actor's is `system/<id>`, which no user id can spell.
 */
export function keyStreamId(actor: Actor | undefined, key: string): string {
  const scope =
    actor?.kind === 'user' ? actor.id : `system/${actor?.id ?? SYSTEM_ACTOR_IDS.anonymous}`;
  const hash = createHash('sha256').update(`${scope}\u0000${key}`).digest('hex');
  return `idempotency-${hash.slice(0, 40)}`;
}

/** The last answer recorded in a key's stream, with the request it answered. */
export function answerOf(
  history: readonly RecordedEvent[],
): { answer: RecordedAnswer; request?: RequestFingerprint } | undefined {
  for (let at = history.length - 1; at >= 0; at--) {
    if (history[at].type !== ANSWER) continue;
    const answer = history[at].data as RecordedAnswer;
    if (answer.request) return { answer, request: answer.request };
    const claim = history
      .slice(0, at)
      .reverse()
      .find((event) => event.type === LEGACY_CLAIM);
    return { answer, request: claim?.data as RequestFingerprint | undefined };
  }
  return undefined;
}
