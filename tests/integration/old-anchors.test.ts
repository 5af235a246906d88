import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';
import {
  ANCHOR_STREAM,
  flatRoot,
  type StreamHead,
} from '../../src/infrastructure/event-store/integrity/anchor';
import { AnchorRecorder } from '../../src/infrastructure/event-store/integrity/anchor-recorder';
import { verifyIntegrity } from '../../src/infrastructure/event-store/integrity/integrity-verifier';

const actor = { actorId: 'u-old', actorRole: 'admin', requestId: 'req-old' };
const event = (type: string, data: unknown): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: actor,
});

/** An anchor as the release before Merkle anchors wrote it: version 1, a flat root, no scheme. */
async function recordOldAnchor(store: SqliteEventStore): Promise<void> {
  const heads = new Map<string, StreamHead>();
  for (const e of await store.readAll(0, { limit: 10_000, raw: true }))
    if (e.streamId !== ANCHOR_STREAM)
      heads.set(e.streamId, { streamId: e.streamId, revision: e.revision, hash: e.metadata.hash });
  const upToPosition = await store.lastPosition();
  await store.append(
    ANCHOR_STREAM,
    [
      event('IntegrityAnchorRecorded', {
        root: flatRoot(heads.values()),
        streamCount: heads.size,
        upToPosition,
        reason: 'periodic',
      }),
    ],
    'any',
  );
}

describe('a store written with flat anchors (before Merkle anchors)', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore({ file: ':memory:', upcasters });
  });
  afterEach(() => store.close());

  it('still verifies, its latest anchor read as the flat scheme', async () => {
    await store.append('unit-A', [event('UnitRegistered', { id: 'A' })], 'no_stream');
    await store.append('unit-B', [event('UnitRegistered', { id: 'B' })], 'no_stream');
    await recordOldAnchor(store);
    await store.append('unit-A', [event('UnitRenamed', { name: 'A2' })], 0);
    const report = await verifyIntegrity(store);
    expect(report).toMatchObject({
      ok: true,
      latestAnchor: { ok: true, scheme: 'flat-sha256-v0' },
    });
  });

  it('still detects an old anchor whose root does not match', async () => {
    await store.append('unit-A', [event('UnitRegistered', { id: 'A' })], 'no_stream');
    await recordOldAnchor(store);
    await store.append(
      ANCHOR_STREAM,
      [
        event('IntegrityAnchorRecorded', {
          root: '0'.repeat(64),
          streamCount: 1,
          upToPosition: 1,
          reason: 'periodic',
        }),
      ],
      'any',
    );
    expect((await verifyIntegrity(store)).latestAnchor).toMatchObject({ ok: false });
  });

  it('reads old anchors with their scheme named, and verifies the Merkle anchors recorded after them', async () => {
    await store.append('unit-A', [event('UnitRegistered', { id: 'A' })], 'no_stream');
    await recordOldAnchor(store);
    await store.append('unit-C', [event('UnitRegistered', { id: 'C' })], 'no_stream');
    const recorded = await new AnchorRecorder(store).record('on_demand', actor);
    expect(recorded).toMatchObject({ schemaVersion: 2, data: { scheme: 'merkle-sha256-v1' } });
    const [old, current] = await store.readStream(ANCHOR_STREAM);
    expect(old).toMatchObject({ schemaVersion: 2, data: { scheme: 'flat-sha256-v0' } });
    expect(current.data).toMatchObject({ scheme: 'merkle-sha256-v1', streamCount: 2 });
    const [raw] = await store.readStream(ANCHOR_STREAM, { raw: true });
    expect(raw.schemaVersion).toBe(1);
    expect(raw.data).not.toHaveProperty('scheme');
    const report = await verifyIntegrity(store);
    expect(report).toMatchObject({
      ok: true,
      latestAnchor: { ok: true, scheme: 'merkle-sha256-v1' },
    });
  });
});
