import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewEvent } from '../../../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { AnchorRecorder } from '../../../src/infrastructure/event-store/integrity/anchor-recorder';
import { assembleBundle } from '../../../src/infrastructure/event-store/integrity/evidence/assemble-bundle';
import type { EvidenceBundle } from '../../../src/infrastructure/event-store/integrity/evidence/bundle-format';
import { computeEventHash } from '../../../src/infrastructure/event-store/integrity/event-hash';
import { verifyEvidence } from '../../../src/infrastructure/event-store/integrity/evidence/verify-bundle';
import { scriptVerify } from '../../support/evidence-verifiers';

const actor = { actorId: 'u-1', actorRole: 'office', requestId: 'req-1' };
const event = (type: string, data: unknown): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: actor,
});

/** A bundle of three streams (and others in the store, outside it) under a Merkle anchor. */
async function sampleBundle(): Promise<EvidenceBundle> {
  const store = new SqliteEventStore({ file: ':memory:' });
  try {
    for (let i = 0; i < 20; i++)
      await store.append(`other-${i}`, [event('Other', { i, 名称: '其他' })], 'no_stream');
    await store.append(
      'incident-I1',
      [
        event('IncidentReported', {
          deaths: 1,
          occurredAt: '2025-04-01T01:00:00.000Z',
          描述: '坠落',
        }),
        event('MisreportingFindingEstablished', {
          kind: 'late',
          detail: '迟报',
          nested: { a: [1, 2.5, null] },
        }),
        event('InvestigationOpened', { openedAt: '2025-04-02T01:00:00.000Z' }),
        event('InvestigationConcluded', { liable: [{ personId: 'P1' }], overdue: false }),
      ],
      'no_stream',
    );
    await store.append('unit-T1', [event('UnitRegistered', { id: 'T1' })], 'no_stream');
    await store.append('unit-T1', [event('PersonAppointed', { personId: 'P1' })], 0);
    await store.append('agreement-A1', [event('AgreementSigned', { id: 'A1' })], 'no_stream');
    const recorder = new AnchorRecorder(store);
    await recorder.record('on_demand', actor);
    const anchor = { ...recorder.latest!, fresh: true };
    const streams = await Promise.all(
      [
        ['incident-I1', 'incident'],
        ['unit-T1', 'chain_unit'],
        ['agreement-A1', 'agreement_in_force'],
      ].map(async ([streamId, role]) => ({
        streamId,
        roles: [role as 'incident'],
        events: await store.readStream(streamId, { raw: true }),
      })),
    );
    return assembleBundle('I1', streams, anchor, '2025-06-01T00:00:00.000Z');
  } finally {
    await store.close();
  }
}

const rehash = (streamId: string, e: EvidenceBundle['streams'][number]['events'][number]) => {
  e.hash = computeEventHash({
    streamId,
    revision: e.revision,
    id: e.id,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data: e.data,
    metadata: { ...e.metadata, prevHash: e.prevHash } as never,
  });
};
const flip = (hex: string) => `${hex[0] === 'a' ? 'b' : 'a'}${hex.slice(1)}`;
const incident = (b: EvidenceBundle) => b.streams.find((s) => s.streamId === 'incident-I1')!;

/** Each: what is done to a copy of the bundle, and the kind of the first break (null: intact). */
const CASES: Array<[string, (b: EvidenceBundle) => unknown, string | null]> = [
  ['intact', (b) => b, null],
  [
    'data altered',
    (b) => ((incident(b).events[1].data as { detail: string }).detail = 'x'),
    'hash_mismatch',
  ],
  ['metadata altered', (b) => (incident(b).events[2].metadata.actorId = 'u-2'), 'hash_mismatch'],
  ['schemaVersion altered', (b) => (incident(b).events[0].schemaVersion = 2), 'hash_mismatch'],
  ['event removed', (b) => incident(b).events.splice(1, 1), 'revision_gap'],
  ['last event removed', (b) => incident(b).events.pop(), 'head_mismatch'],
  ['events swapped', (b) => incident(b).events.reverse(), 'revision_gap'],
  [
    'previous hash altered',
    (b) => (incident(b).events[2].prevHash = flip(incident(b).events[2].prevHash)),
    'chain_broken',
  ],
  [
    'an event rewritten and rehashed',
    (b) => {
      const e = incident(b).events[1];
      e.data = { detail: '改写' };
      rehash('incident-I1', e);
    },
    'chain_broken',
  ],
  ['position out of order', (b) => (incident(b).events[2].position = 1), 'position_order'],
  [
    'proof sibling altered',
    (b) => (b.streams[1].proof.path[0] = flip(b.streams[1].proof.path[0])),
    'proof_invalid',
  ],
  ['proof count altered', (b) => (b.streams[0].proof.leafCount += 1), 'proof_invalid'],
  ['head altered', (b) => (b.streams[2].head.revision += 1), 'head_mismatch'],
  [
    'anchor root altered',
    (b) => (b.anchor.event.data.root = flip(b.anchor.event.data.root)),
    'hash_mismatch',
  ],
  [
    'anchor root altered and rehashed',
    (b) => {
      b.anchor.event.data.root = flip(b.anchor.event.data.root);
      rehash('integrity-anchors', b.anchor.event);
    },
    'proof_invalid',
  ],
  [
    'anchor of the flat scheme',
    (b) => (b.anchor.event.data.scheme = 'flat-sha256-v0'),
    'anchor_scheme',
  ],
  ['streams out of order', (b) => b.streams.reverse(), 'stream_order'],
  ['a stream twice', (b) => b.streams.splice(1, 0, structuredClone(b.streams[1])), 'stream_order'],
  ['a stream renamed', (b) => (b.streams[0].streamId = 'agreement-A0'), 'hash_mismatch'],
  ['hash put in metadata', (b) => (b.streams[0].events[0].metadata.hash = 'x'), 'format'],
  ['another format', (b) => ((b as { version: number }).version = 2), 'format'],
  ['no anchor', (b) => delete (b as { anchor?: unknown }).anchor, 'format'],
];

describe('the two offline verifiers (CLI module and scripts/verify-evidence.mjs)', () => {
  let bundle: EvidenceBundle;
  let dir: string;
  beforeAll(async () => {
    bundle = await sampleBundle();
    dir = mkdtempSync(join(tmpdir(), 'evidence-verifiers-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, text: string) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(path, text);
    return path;
  };

  it.each(CASES)('give the same verdict when %s', async (name, tamper, kind) => {
    const copy = structuredClone(bundle);
    tamper(copy);
    const verdict = verifyEvidence(JSON.parse(JSON.stringify(copy)));
    expect(verdict.firstBreak?.kind ?? null).toBe(kind);
    const run = await scriptVerify(file(name, JSON.stringify(copy)));
    expect(run.code).toBe(kind === null ? 0 : 1);
    expect(run.verdict).toEqual(JSON.parse(JSON.stringify(verdict)));
  });

  it('give the same verdict on a file that is not JSON', async () => {
    const run = await scriptVerify(file('not-json', '{"format": "safety-evid'));
    expect(run.code).toBe(1);
    expect(run.verdict).toEqual(JSON.parse(JSON.stringify(verifyEvidence(null))));
  });

  it('check the anchor root against the one the inquirer was given', async () => {
    const root = bundle.anchor.event.data.root;
    const path = file('expect-root', JSON.stringify(bundle));
    expect((await scriptVerify(path, '--expect-root', root)).code).toBe(0);
    expect(verifyEvidence(bundle, { expectedRoot: root }).ok).toBe(true);
    const other = createHash('sha256').update('another').digest('hex');
    const run = await scriptVerify(path, '--expect-root', other);
    expect(run.code).toBe(1);
    expect(run.verdict).toEqual(verifyEvidence(bundle, { expectedRoot: other }));
    expect(run.verdict.firstBreak).toMatchObject({ kind: 'anchor_root_unexpected' });
  });
});
