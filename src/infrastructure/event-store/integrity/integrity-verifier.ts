import type { EventStore, RecordedEvent } from '../event-store.port';
import {
  ANCHOR_STREAM,
  anchorRoot,
  type AnchorScheme,
  anchorSchemeOf,
  type IntegrityAnchor,
  MERKLE_SCHEME,
  type StreamHead,
} from './anchor';
import { nextTurn, SLICE_MS } from '../../cooperative';
import { computeEventHash, GENESIS_HASH } from './event-hash';
import { MerkleTree } from './merkle';

export interface IntegrityBreak {
  kind: 'hash_mismatch' | 'chain_broken' | 'revision_gap' | 'anchor_mismatch';
  position: number;
  streamId: string;
  revision: number;
  eventId: string;
}

export interface IntegrityReport {
  ok: boolean;
  checked: number;
  streams: number;
  lastPosition: number;
  firstBrokenPosition?: number;
  firstBreak?: IntegrityBreak;
  latestAnchor?: {
    position: number;
    root: string;
    upToPosition: number;
    scheme: AnchorScheme;
    ok: boolean;
  };
}

export interface VerifyOptions {
  batchSize?: number;
  onProgress?: (checked: number, position: number) => void;
}

/**
 * Recomputes every event's hash and every stream's chain from the raw stored events, and checks
 * the latest integrity anchor against the stream heads as they were at its `upToPosition`. The
 * work runs in slices of about `SLICE_MS`, letting the event loop turn between them: a check of a
 * large log takes seconds and must not hold up the service's other requests meanwhile.
 */
export async function verifyIntegrity(
  store: EventStore,
  options: VerifyOptions = {},
): Promise<IntegrityReport> {
  const batchSize = options.batchSize ?? 5000;
  const anchors = await store.readStream(ANCHOR_STREAM, { raw: true });
  const anchorEvent = anchors[anchors.length - 1] as RecordedEvent<IntegrityAnchor> | undefined;
  const scheme = anchorEvent ? anchorSchemeOf(anchorEvent.data) : undefined;
  let anchorRootSeen: string | undefined;

  const heads = new Map<string, StreamHead>();
  let firstBreak: IntegrityBreak | undefined;
  let checked = 0;
  let position = 0;

  let sliceEnds = performance.now() + SLICE_MS;
  for (;;) {
    const events = await store.readAll(position, { limit: batchSize, raw: true });
    if (events.length === 0) break;
    for (const event of events) {
      if (performance.now() >= sliceEnds) {
        await nextTurn();
        sliceEnds = performance.now() + SLICE_MS;
      }
      if (
        anchorEvent &&
        anchorRootSeen === undefined &&
        event.position > anchorEvent.data.upToPosition
      ) {
        anchorRootSeen = await rootOfHeadsInSlices(heads, scheme);
        sliceEnds = performance.now() + SLICE_MS;
      }
      const problem = checkEvent(event, heads.get(event.streamId));
      if (problem && !firstBreak) firstBreak = problem;
      heads.set(event.streamId, {
        streamId: event.streamId,
        revision: event.revision,
        hash: event.metadata.hash,
      });
      checked += 1;
      position = event.position;
    }
    options.onProgress?.(checked, position);
  }

  let latestAnchor: IntegrityReport['latestAnchor'];
  if (anchorEvent) {
    const root = anchorRootSeen ?? (await rootOfHeadsInSlices(heads, scheme));
    const ok = root === anchorEvent.data.root;
    latestAnchor = {
      position: anchorEvent.position,
      root: anchorEvent.data.root,
      upToPosition: anchorEvent.data.upToPosition,
      scheme: anchorSchemeOf(anchorEvent.data),
      ok,
    };
    if (!ok && !firstBreak) firstBreak = { kind: 'anchor_mismatch', ...locate(anchorEvent) };
  }
  return {
    ok: !firstBreak,
    checked,
    streams: heads.size,
    lastPosition: position,
    ...(firstBreak ? { firstBrokenPosition: firstBreak.position, firstBreak } : {}),
    ...(latestAnchor ? { latestAnchor } : {}),
  };
}

/** The root under `scheme` (default: the current one) of every stream's head but the anchors' own. */
export function rootOfHeads(
  heads: Map<string, StreamHead>,
  scheme: AnchorScheme = MERKLE_SCHEME,
): string {
  return anchorRoot(
    [...heads.values()].filter((head) => head.streamId !== ANCHOR_STREAM),
    scheme,
  );
}

/** `rootOfHeads`, its Merkle tree built in slices. */
async function rootOfHeadsInSlices(
  heads: Map<string, StreamHead>,
  scheme: AnchorScheme = MERKLE_SCHEME,
): Promise<string> {
  if (scheme !== MERKLE_SCHEME) return rootOfHeads(heads, scheme);
  const anchored = [...heads.values()].filter((head) => head.streamId !== ANCHOR_STREAM);
  return (await MerkleTree.build(anchored)).root;
}

function checkEvent(
  event: RecordedEvent,
  previous: StreamHead | undefined,
): IntegrityBreak | undefined {
  const expectedRevision = previous ? previous.revision + 1 : 0;
  if (event.revision !== expectedRevision) return { kind: 'revision_gap', ...locate(event) };
  if (event.metadata.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    return { kind: 'chain_broken', ...locate(event) };
  }
  if (computeEventHash(event) !== event.metadata.hash)
    return { kind: 'hash_mismatch', ...locate(event) };
  return undefined;
}

function locate(event: RecordedEvent) {
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.id,
  };
}
