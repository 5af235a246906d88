import { computeEventHash, GENESIS_HASH } from '../event-hash';

/** The parts of the offline verifier that look at one event (verify-bundle.ts runs them). */

export type BreakKind =
  | 'format'
  | 'revision_gap'
  | 'chain_broken'
  | 'hash_mismatch'
  | 'position_order'
  | 'stream_order'
  | 'head_mismatch'
  | 'proof_invalid'
  | 'anchor_scheme'
  | 'anchor_root_unexpected';

export interface EvidenceBreak {
  kind: BreakKind;
  streamId: string | null;
  revision: number | null;
  eventId: string | null;
  reason: string;
}

export type Json = Record<string, unknown>;
export type Event = Json & { id: string; revision: number; position: number; hash: string };

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isCount = (value: unknown): value is number =>
  Number.isInteger(value) && Number(value) >= 0;
export const isHash = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

export function checkEvent(
  streamId: string,
  event: unknown,
  index: number,
  before: Event | null,
  upToPosition: number,
): EvidenceBreak | null {
  const shape = eventShapeProblem(event);
  if (shape) return broken('format', streamId, isObject(event) ? event : null, shape);
  const e = event as Event;
  if (e.revision !== index)
    return broken(
      'revision_gap',
      streamId,
      e,
      `expected revision ${index}, found revision ${e.revision}`,
    );
  if (e.prevHash !== (before ? before.hash : GENESIS_HASH))
    return broken(
      'chain_broken',
      streamId,
      e,
      before
        ? `its previous hash is not the hash of revision ${before.revision}`
        : 'revision 0 does not start from the genesis hash',
    );
  const hashProblem = hashMismatch(streamId, e);
  if (hashProblem) return broken('hash_mismatch', streamId, e, hashProblem);
  if ((before && e.position <= before.position) || e.position > upToPosition)
    return broken(
      'position_order',
      streamId,
      e,
      `position ${e.position} is not after the previous event's and within the anchor's ${upToPosition}`,
    );
  return null;
}

export function eventShapeProblem(event: unknown): string | null {
  if (!isObject(event)) return 'an event must be an object';
  const { id, revision, position, type, schemaVersion, metadata, prevHash, hash } = event;
  if (typeof id !== 'string' || typeof type !== 'string') return 'an event needs an id and a type';
  if (!isCount(revision) || !isCount(position) || !isCount(schemaVersion))
    return 'an event needs a revision, a position and a schemaVersion';
  if (!isObject(metadata) || 'hash' in metadata || 'prevHash' in metadata)
    return 'an event needs metadata, without hash and prevHash (they stand beside it)';
  if (!isHash(prevHash) || !isHash(hash)) return 'an event needs a prevHash and a hash';
  return null;
}

export function hashMismatch(streamId: string, e: Event): string | null {
  const computed = computeEventHash({
    streamId,
    revision: e.revision,
    id: e.id,
    type: e.type as string,
    schemaVersion: e.schemaVersion as number,
    data: e.data,
    metadata: { ...(e.metadata as Json), prevHash: e.prevHash } as never,
  });
  return computed === e.hash ? null : `recomputed hash ${computed}, recorded ${e.hash}`;
}

export function broken(
  kind: BreakKind,
  streamId: string | null,
  event: Json | null,
  reason: string,
): EvidenceBreak {
  return {
    kind,
    streamId,
    revision: event && isCount(event.revision) ? event.revision : null,
    eventId: event && typeof event.id === 'string' ? event.id : null,
    reason,
  };
}
