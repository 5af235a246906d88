#!/usr/bin/env node
// Verifies an incident's evidence bundle (GET /api/v1/incidents/:id/evidence) with Node.js alone
// (node:crypto and node:fs, no package, no access to the service or its stores):
//
//   node verify-evidence.mjs evidence-incident-I-1.json [--expect-root HEX]
//
// It recomputes every event's hash and every chain link from revision 0, checks each stream's
// head against the inclusion proof of the integrity anchor, and the anchor event's own hash.
// Prints the verdict as JSON; exit code 0 intact, 1 broken (naming the first broken event),
// 2 when the file cannot be read. The definitions are in docs/evidence.md; this file is the
// same algorithm as `safety verify-evidence` (src/infrastructure/event-store/integrity/), and
// tests/unit/integrity/evidence-verifiers.test.ts holds the two to the same verdicts.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const FORMAT = 'safety-evidence-bundle';
const VERSION = 1;
const ANCHOR_STREAM = 'integrity-anchors';
const MERKLE_SCHEME = 'merkle-sha256-v1';
const GENESIS_HASH = '0'.repeat(64);

// Canonical JSON: object keys sorted (UTF-16 code units), members whose value is undefined left
// out, strings and numbers as JSON.stringify writes them.
function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => value[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
  return `{${members.join(',')}}`;
}

// An event's hash: SHA-256 (hex) of the canonical JSON of
// { data, id, metadata (with prevHash, without hash), revision, schemaVersion, streamId, type }.
function eventHash(streamId, e) {
  const { hash: _left, ...metadata } = { ...e.metadata, prevHash: e.prevHash };
  const hashed = {
    data: e.data,
    id: e.id,
    metadata,
    revision: e.revision,
    schemaVersion: e.schemaVersion,
    streamId,
    type: e.type,
  };
  return hash('sha256', canonicalJson(hashed), 'hex');
}

// Merkle tree (merkle-sha256-v1): leaf = SHA-256(0x00 ‖ UTF-8(streamId NUL revision NUL hash)),
// node = SHA-256(0x01 ‖ left ‖ right); an odd last node is carried up unchanged.
const merkleLeaf = (streamId, revision, headHash) =>
  hash(
    'sha256',
    Buffer.concat([Buffer.from([0]), Buffer.from(`${streamId}\u0000${revision}\u0000${headHash}`)]),
    'buffer',
  );
const merkleNode = (left, right) =>
  hash('sha256', Buffer.concat([Buffer.from([1]), left, right]), 'buffer');

function rootFromProof(leafHex, proof) {
  const { leafIndex, leafCount, path } = proof;
  if (!Number.isInteger(leafIndex) || !Number.isInteger(leafCount)) return null;
  if (leafIndex < 0 || leafIndex >= leafCount || !Array.isArray(path)) return null;
  let node = hexHash(leafHex);
  let i = leafIndex;
  let count = leafCount;
  let used = 0;
  while (node && count > 1) {
    if (i % 2 === 1 || i + 1 < count) {
      const sibling = used < path.length ? hexHash(path[used++]) : null;
      if (!sibling) return null;
      node = i % 2 === 1 ? merkleNode(sibling, node) : merkleNode(node, sibling);
    }
    i = Math.floor(i / 2);
    count = Math.ceil(count / 2);
  }
  return node && used === path.length ? node.toString('hex') : null;
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v) => Number.isInteger(v) && v >= 0;
const isHash = (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
const hexHash = (v) => (isHash(v) ? Buffer.from(v, 'hex') : null);

const broken = (kind, streamId, event, reason) => ({
  kind,
  streamId,
  revision: event && isCount(event.revision) ? event.revision : null,
  eventId: event && typeof event.id === 'string' ? event.id : null,
  reason,
});

function eventShapeProblem(event) {
  if (!isObject(event)) return 'an event must be an object';
  const { id, revision, position, type, schemaVersion, metadata, prevHash, hash: h } = event;
  if (typeof id !== 'string' || typeof type !== 'string') return 'an event needs an id and a type';
  if (!isCount(revision) || !isCount(position) || !isCount(schemaVersion))
    return 'an event needs a revision, a position and a schemaVersion';
  if (!isObject(metadata) || 'hash' in metadata || 'prevHash' in metadata)
    return 'an event needs metadata, without hash and prevHash (they stand beside it)';
  if (!isHash(prevHash) || !isHash(h)) return 'an event needs a prevHash and a hash';
  return null;
}

function hashMismatch(streamId, e) {
  const computed = eventHash(streamId, e);
  return computed === e.hash ? null : `recomputed hash ${computed}, recorded ${e.hash}`;
}

function checkAnchor(event, expectedRoot) {
  const at = (kind, reason) => broken(kind, ANCHOR_STREAM, event, reason);
  const shape = eventShapeProblem(event);
  if (shape) return at('format', shape);
  const data = event.data;
  if (!isObject(data) || data.scheme !== MERKLE_SCHEME)
    return at('anchor_scheme', `the anchor is not of scheme ${MERKLE_SCHEME}`);
  if (!isHash(data.root) || !isCount(data.streamCount) || !isCount(data.upToPosition))
    return at('format', 'the anchor needs a root, a streamCount and an upToPosition');
  const hashProblem = hashMismatch(ANCHOR_STREAM, event);
  if (hashProblem) return at('hash_mismatch', hashProblem);
  if (expectedRoot !== undefined && data.root !== expectedRoot)
    return at('anchor_root_unexpected', `the anchor root ${data.root} is not ${expectedRoot}`);
  return null;
}

function checkEvent(streamId, e, index, before, upToPosition) {
  const shape = eventShapeProblem(e);
  if (shape) return broken('format', streamId, isObject(e) ? e : null, shape);
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

function checkStream(stream, anchor, previous) {
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
  let before = null;
  for (let index = 0; index < events.length; index++) {
    const problem = checkEvent(streamId, events[index], index, before, anchor.upToPosition);
    if (problem) return problem;
    before = events[index];
  }
  const last = before;
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
  if (previous && !(proof.leafIndex > previous.leafIndex))
    return broken(
      'stream_order',
      streamId,
      last,
      `leaf ${String(proof.leafIndex)} is not after leaf ${previous.leafIndex}`,
    );
  const leaf = merkleLeaf(streamId, last.revision, last.hash).toString('hex');
  if (rootFromProof(leaf, proof) !== anchor.root)
    return broken(
      'proof_invalid',
      streamId,
      last,
      'the inclusion proof of the head does not lead to the anchor root',
    );
  return null;
}

function findBreak(b, streams, anchor, expectedRoot) {
  if (b.format !== FORMAT || b.version !== VERSION)
    return broken('format', null, null, `not a ${FORMAT} of version ${VERSION}`);
  if (!Array.isArray(b.streams) || !anchor || b.anchor.streamId !== ANCHOR_STREAM)
    return broken('format', null, null, 'the bundle needs streams and an anchor event');
  const anchorBreak = checkAnchor(anchor, expectedRoot);
  if (anchorBreak) return anchorBreak;
  let previous = null;
  for (const stream of streams) {
    const problem = checkStream(stream, anchor.data, previous);
    if (problem) return problem;
    previous = { streamId: stream.streamId, leafIndex: stream.proof.leafIndex };
  }
  return null;
}

function verifyEvidence(bundle, options = {}) {
  const b = isObject(bundle) ? bundle : {};
  const streams = Array.isArray(b.streams) ? b.streams : [];
  const anchor = isObject(b.anchor) && isObject(b.anchor.event) ? b.anchor.event : null;
  const verdict = {
    ok: true,
    incidentId: typeof b.incidentId === 'string' ? b.incidentId : null,
    streams: streams.length,
    events: streams.reduce(
      (n, s) => n + (isObject(s) && Array.isArray(s.events) ? s.events.length : 0),
      0,
    ),
    anchorRoot:
      anchor && isObject(anchor.data) && isHash(anchor.data.root) ? anchor.data.root : null,
  };
  const firstBreak = findBreak(b, streams, anchor, options.expectedRoot);
  return firstBreak ? { ...verdict, ok: false, firstBreak } : verdict;
}

function verdictLine(verdict) {
  const b = verdict.firstBreak;
  if (!b)
    return `evidence intact: ${verdict.events} events in ${verdict.streams} streams under anchor root ${verdict.anchorRoot}`;
  const where =
    b.streamId === null
      ? 'the bundle itself'
      : `${b.streamId} revision ${b.revision ?? '?'}, event ${b.eventId ?? '?'}`;
  return `evidence broken: first at ${where} (${b.kind}): ${b.reason}`;
}

function main(argv) {
  const usage = 'usage: node verify-evidence.mjs FILE [--expect-root HEX]';
  const rootAt = argv.indexOf('--expect-root');
  const expectedRoot = rootAt >= 0 ? argv[rootAt + 1] : undefined;
  const file = argv.find((arg, i) => !arg.startsWith('--') && !(rootAt >= 0 && i === rootAt + 1));
  if (!file || (rootAt >= 0 && (!expectedRoot || expectedRoot.startsWith('--')))) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  let bundle = null;
  try {
    bundle = JSON.parse(text);
  } catch {
    bundle = null;
  }
  const verdict = verifyEvidence(bundle, { expectedRoot });
  process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
  process.stderr.write(`${verdictLine(verdict)}\n`);
  return verdict.ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
