import { ANCHOR_STREAM, MERKLE_SCHEME } from '../anchor';
import { merkleLeafHex, type MerkleProof, rootFromProof } from '../merkle';
import { EVIDENCE_FORMAT, EVIDENCE_VERSION } from './bundle-format';

import {
  broken,
  type BreakKind,
  checkEvent,
  type EvidenceBreak,
  type Event,
  eventShapeProblem,
  hashMismatch,
  isCount,
  isHash,
  isObject,
  type Json,
} from './event-checks';

/**
 * The offline verifier of an evidence bundle: pure, no store. scripts/verify-evidence.mjs is the
 * same algorithm in plain JavaScript (tests/unit/integrity/evidence-verifiers.test.ts holds the
 * two to the same verdicts). Order of the checks, the first failure being the verdict: the
 * bundle's shape, the anchor event, then each stream in the bundle's order: its events from
 * revision 0, its head, its inclusion proof.
 */

export type { BreakKind, EvidenceBreak } from './event-checks';

export interface EvidenceVerdict {
  ok: boolean;
  incidentId: string | null;
  streams: number;
  events: number;
  anchorRoot: string | null;
  firstBreak?: EvidenceBreak;
}

export function verifyEvidence(
  bundle: unknown,
  options: { expectedRoot?: string } = {},
): EvidenceVerdict {
  const b = isObject(bundle) ? bundle : {};
  const streams = Array.isArray(b.streams) ? b.streams : [];
  const anchor = isObject(b.anchor) && isObject(b.anchor.event) ? b.anchor.event : null;
  const verdict: EvidenceVerdict = {
    ok: true,
    incidentId: typeof b.incidentId === 'string' ? b.incidentId : null,
    streams: streams.length,
    events: streams.reduce(
      (n: number, s: unknown) => n + (isObject(s) && Array.isArray(s.events) ? s.events.length : 0),
      0,
    ),
    anchorRoot:
      anchor && isObject(anchor.data) && isHash(anchor.data.root) ? anchor.data.root : null,
  };
  const firstBreak = findBreak(b, streams, anchor, options.expectedRoot);
  return firstBreak ? { ...verdict, ok: false, firstBreak } : verdict;
}

function findBreak(
  b: Json,
  streams: unknown[],
  anchor: Json | null,
  expectedRoot: string | undefined,
): EvidenceBreak | null {
  if (b.format !== EVIDENCE_FORMAT || b.version !== EVIDENCE_VERSION)
    return broken('format', null, null, `not a ${EVIDENCE_FORMAT} of version ${EVIDENCE_VERSION}`);
  if (!Array.isArray(b.streams) || !anchor || (b.anchor as Json).streamId !== ANCHOR_STREAM)
    return broken('format', null, null, 'the bundle needs streams and an anchor event');
  const anchorBreak = checkAnchor(anchor, expectedRoot);
  if (anchorBreak) return anchorBreak;
  const data = anchor.data as { root: string; streamCount: number; upToPosition: number };
  let previous: { streamId: string; leafIndex: number } | null = null;
  for (const stream of streams) {
    const problem = checkStream(stream, data, previous);
    if (problem) return problem;
    const s = stream as { streamId: string; proof: MerkleProof };
    previous = { streamId: s.streamId, leafIndex: s.proof.leafIndex };
  }
  return null;
}

function checkAnchor(event: Json, expectedRoot: string | undefined): EvidenceBreak | null {
  const at = (kind: BreakKind, reason: string) => broken(kind, ANCHOR_STREAM, event, reason);
  const shape = eventShapeProblem(event);
  if (shape) return at('format', shape);
  const data = event.data;
  if (!isObject(data) || data.scheme !== MERKLE_SCHEME)
    return at('anchor_scheme', `the anchor is not of scheme ${MERKLE_SCHEME}`);
  if (!isHash(data.root) || !isCount(data.streamCount) || !isCount(data.upToPosition))
    return at('format', 'the anchor needs a root, a streamCount and an upToPosition');
  const hashProblem = hashMismatch(ANCHOR_STREAM, event as Event);
  if (hashProblem) return at('hash_mismatch', hashProblem);
  if (expectedRoot !== undefined && data.root !== expectedRoot)
    return at('anchor_root_unexpected', `the anchor root ${data.root} is not ${expectedRoot}`);
  return null;
}

function checkStream(
  stream: unknown,
  anchor: { root: string; streamCount: number; upToPosition: number },
  previous: { streamId: string; leafIndex: number } | null,
): EvidenceBreak | null {
  const s = isObject(stream) ? stream : {};
  const streamId = typeof s.streamId === 'string' ? s.streamId : null;
  const events = Array.isArray(s.events) ? s.events : [];
  const head = isObject(s.head) ? s.head : {};
  const proof = isObject(s.proof) ? s.proof : {};
  if (streamId === null || events.length === 0 || !isCount(head.revision) || !isHash(head.hash))
    return broken('format', streamId, null, 'a stream needs a streamId, events and a head');
  if (previous && !(streamId > previous.streamId))
    return broken(
      'stream_order',
      streamId,
      null,
      `stream ${streamId} is not after ${previous.streamId}`,
    );
  let before: Event | null = null;
  for (let index = 0; index < events.length; index++) {
    const problem = checkEvent(streamId, events[index], index, before, anchor.upToPosition);
    if (problem) return problem;
    before = events[index] as Event;
  }
  const last = before!;
  if (last.revision !== head.revision || last.hash !== head.hash)
    return broken(
      'head_mismatch',
      streamId,
      last,
      `the stream ends at revision ${last.revision} (${last.hash}), the anchored head is revision ${head.revision} (${head.hash})`,
    );
  if (proof.leafCount !== anchor.streamCount)
    return broken(
      'proof_invalid',
      streamId,
      last,
      `the proof counts ${String(proof.leafCount)} leaves, the anchor ${anchor.streamCount}`,
    );
  if (previous && !((proof.leafIndex as number) > previous.leafIndex))
    return broken(
      'stream_order',
      streamId,
      last,
      `leaf ${String(proof.leafIndex)} is not after leaf ${previous.leafIndex}`,
    );
  const leaf = merkleLeafHex({ streamId, revision: last.revision, hash: last.hash });
  if (rootFromProof(leaf, proof as unknown as MerkleProof) !== anchor.root)
    return broken(
      'proof_invalid',
      streamId,
      last,
      'the inclusion proof of the head does not lead to the anchor root',
    );
  return null;
}
