import { randomUUID } from 'node:crypto';
import {
  ConcurrencyError,
  type EventStore,
  type NewEvent,
  type ReadAllOptions,
  type RecordedEvent,
  type StoredStreamHead,
} from '../../src/infrastructure/event-store/event-store.port';
import { AnchorRecorder } from '../../src/infrastructure/event-store/integrity/anchor-recorder';
import { verifyIntegrity } from '../../src/infrastructure/event-store/integrity/integrity-verifier';
import { UpcasterRegistry } from '../../src/infrastructure/event-store/upcasting/upcaster-registry';

export interface EventStoreFixture {
  store: EventStore;
  /** Alters the stored data of one event in place, as an attacker with file access would. */
  tamper?(streamId: string, revision: number): Promise<void>;
  cleanup(): Promise<void>;
}

export type EventStoreFactory = (options: {
  upcasters: UpcasterRegistry;
}) => Promise<EventStoreFixture>;

const actor = { actorId: 'u-test', actorRole: 'admin', requestId: 'req-1' };

export const newEvent = (type: string, data: unknown, schemaVersion = 1): NewEvent => ({
  id: randomUUID(),
  type,
  schemaVersion,
  data,
  metadata: { ...actor },
});

/** Reads every event after `from` in pages, for stores shared with other tests. */
async function readAllFrom(store: EventStore, from: number, options: ReadAllOptions = {}) {
  const all: RecordedEvent[] = [];
  let position = from;
  for (;;) {
    const page = await store.readAll(position, { limit: 500, ...options });
    if (page.length === 0) return all;
    all.push(...page);
    position = page[page.length - 1].position;
  }
}

export function describeEventStoreContract(adapterName: string, factory: EventStoreFactory): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let fixture: EventStoreFixture;
    let store: EventStore;
    let prefix: string;
    const upcasters = new UpcasterRegistry([
      {
        type: 'PersonRenamed',
        fromVersion: 1,
        upcast: (data) => {
          const { name } = data as { name: string };
          const [family, ...given] = name.split(' ');
          return { familyName: family, givenName: given.join(' ') };
        },
      },
    ]);

    beforeEach(async () => {
      fixture = await factory({ upcasters });
      store = fixture.store;
      prefix = `t${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    const stream = (name: string) => `${name}-${prefix}`;

    it('reads back what it appended, in revision order, with the full envelope', async () => {
      const events = [
        newEvent('HazardIdentified', { level: 'major' }),
        newEvent('HazardRectified', { at: 'x' }),
      ];
      const result = await store.append(stream('hazard'), events, 'no_stream');
      expect(result.nextExpectedRevision).toBe(1);
      const read = await store.readStream(stream('hazard'));
      expect(read.map((e) => [e.id, e.type, e.revision, e.data])).toEqual([
        [events[0].id, 'HazardIdentified', 0, { level: 'major' }],
        [events[1].id, 'HazardRectified', 1, { at: 'x' }],
      ]);
      expect(read[1].position).toBe(result.position);
      expect(read[0].position).toBeLessThan(read[1].position);
      expect(read[0].schemaVersion).toBe(1);
      expect(read[0].metadata).toMatchObject({ ...actor, causationId: null });
      expect(new Date(read[0].metadata.recordedAt).toISOString()).toBe(read[0].metadata.recordedAt);
      expect(read[0].metadata.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(read[1].metadata.prevHash).toBe(read[0].metadata.hash);
    });

    it('answers an empty list for a stream that does not exist', async () => {
      expect(await store.readStream(stream('nothing'))).toEqual([]);
    });

    it('refuses appends whose expected revision does not match', async () => {
      const s = stream('unit');
      await expect(store.append(s, [newEvent('A', {})], 1)).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await expect(store.append(s, [newEvent('A', {})], 'stream_exists')).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await store.append(s, [newEvent('A', {})], 'no_stream');
      await expect(store.append(s, [newEvent('B', {})], 'no_stream')).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await expect(store.append(s, [newEvent('B', {})], 5)).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await store.append(s, [newEvent('B', {})], 0);
      await store.append(s, [newEvent('C', {})], 'stream_exists');
      await store.append(s, [newEvent('D', {})], 'any');
      expect((await store.readStream(s)).map((e) => e.type)).toEqual(['A', 'B', 'C', 'D']);
    });

    it('lets exactly one of two concurrent writers with the same expected revision win', async () => {
      const s = stream('agreement');
      await store.append(s, [newEvent('AgreementSigned', {})], 'no_stream');
      for (let round = 0; round < 5; round++) {
        const expected = round;
        const outcomes = await Promise.allSettled([
          store.append(s, [newEvent('AgreementAmended', { writer: 1, round })], expected),
          store.append(s, [newEvent('AgreementAmended', { writer: 2, round })], expected),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        expect(rejected.reason).toBeInstanceOf(ConcurrencyError);
      }
      const read = await store.readStream(s);
      expect(read).toHaveLength(6);
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4, 5]);
    });

    it('does not store an event twice when the same event ids are appended again', async () => {
      const s = stream('incident');
      const events = [newEvent('IncidentReported', { n: 1 }), newEvent('IncidentGraded', { n: 2 })];
      const first = await store.append(s, events, 'no_stream');
      const again = await store.append(s, events, 'no_stream');
      expect(again.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(again.position).toBe(first.position);
      expect(await store.readStream(s)).toHaveLength(2);
    });

    it('does not store an older batch twice when re-appended with any or stream_exists', async () => {
      const s = stream('incident');
      const older = [newEvent('IncidentReported', { n: 1 }), newEvent('IncidentGraded', { n: 2 })];
      const first = await store.append(s, older, 'no_stream');
      await store.append(s, [newEvent('IncidentGraded', { n: 3 })], 1);
      await store.append(s, [newEvent('IncidentGraded', { n: 4 })], 2);
      for (const expected of ['any', 'stream_exists'] as const) {
        const again = await store.append(s, older, expected);
        expect(again.events.map((e) => e.id)).toEqual(older.map((e) => e.id));
        expect(again.events.map((e) => e.position)).toEqual(first.events.map((e) => e.position));
      }
      expect(await store.readStream(s)).toHaveLength(4);
    });

    it('reads at most `limit` events of a stream from a revision', async () => {
      const s = stream('incident');
      const events = [1, 2, 3].map((n) => newEvent('IncidentGraded', { n }));
      await store.append(s, events, 'no_stream');
      const [one, ...rest] = await store.readStream(s, { fromRevision: 1, limit: 1 });
      expect(rest).toEqual([]);
      expect(one.id).toBe(events[1].id);
      expect(await store.readStream(s, { fromRevision: 1, limit: 5 })).toHaveLength(2);
    });

    it('reads all streams in one global order, strictly increasing', async () => {
      const start = await store.lastPosition();
      const order: string[] = [];
      for (let i = 0; i < 6; i++) {
        const e = newEvent('Step', { i });
        order.push(e.id);
        await store.append(stream(`s${i % 3}`), [e], 'any');
      }
      const all = (await readAllFrom(store, start)).filter((e) => e.streamId.endsWith(prefix));
      expect(all.map((e) => e.id)).toEqual(order);
      for (let i = 1; i < all.length; i++)
        expect(all[i].position).toBeGreaterThan(all[i - 1].position);
      const paged = await store.readAll(start, { limit: 2 });
      expect(paged).toHaveLength(2);
      expect(await store.lastPosition()).toBeGreaterThanOrEqual(all[all.length - 1].position);
    });

    it('delivers to a subscription every event once, in order: catch-up then live', async () => {
      const start = await store.lastPosition();
      const expected: string[] = [];
      const appendSome = async (n: number, tag: string) => {
        for (let i = 0; i < n; i++) {
          const batch = [newEvent('Tick', { tag, i }), newEvent('Tock', { tag, i })];
          expected.push(...batch.map((e) => e.id));
          await store.append(stream(`clock${i % 4}`), batch, 'any');
        }
      };
      await appendSome(25, 'before');
      const received: RecordedEvent[] = [];
      let resolveDone: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      const subscription = store.subscribe(
        start,
        async (events) => {
          received.push(...events.filter((e) => e.streamId.endsWith(prefix)));
          if (received.length >= 100) resolveDone();
        },
        { batchSize: 7 },
      );
      await appendSome(25, 'live');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('subscription did not deliver in time')), 15000);
      });
      await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
      await subscription.close();
      expect(received.map((e) => e.id)).toEqual(expected);
      expect(subscription.position).toBeGreaterThanOrEqual(received[received.length - 1].position);
    });

    it('upcasts an old event version on every read, and keeps it raw for verification', async () => {
      const s = stream('person');
      await store.append(
        s,
        [newEvent('PersonRenamed', { name: 'Wang Xiao Ming' }, 1)],
        'no_stream',
      );
      const [read] = await store.readStream(s);
      expect(read.schemaVersion).toBe(2);
      expect(read.data).toEqual({ familyName: 'Wang', givenName: 'Xiao Ming' });
      const [raw] = await store.readStream(s, { raw: true });
      expect(raw.schemaVersion).toBe(1);
      expect(raw.data).toEqual({ name: 'Wang Xiao Ming' });
      const all = await readAllFrom(store, read.position - 1);
      expect(all.find((e) => e.id === read.id)?.data).toEqual(read.data);
    });

    it('pages the stream heads in stream-id order, when it keeps them', async () => {
      const { streamHeads } = store;
      if (!streamHeads) return;
      const ids = [stream('b'), stream('a'), stream('c')];
      for (const id of ids) await store.append(id, [newEvent('X', {})], 'no_stream');
      const last = await store.append(stream('a'), [newEvent('Y', {})], 0);
      const heads: StoredStreamHead[] = [];
      for (let after: string | null = null; ;) {
        const page: StoredStreamHead[] = await streamHeads.call(store, { after, limit: 2 });
        expect(page.length).toBeLessThanOrEqual(2);
        heads.push(...page);
        if (page.length < 2) break;
        after = page[1].streamId;
      }
      const read = heads.map((h) => h.streamId);
      expect(read).toEqual([...new Set(read)].sort());
      const mine = heads.filter((h) => h.streamId.endsWith(`-${prefix}`));
      expect(mine.map((h) => [h.streamId, h.revision, h.position])).toEqual([
        [stream('a'), 1, last.position],
        [stream('b'), 0, expect.any(Number)],
        [stream('c'), 0, expect.any(Number)],
      ]);
      expect(mine[0].hash).toBe(last.events[0].metadata.hash);
    });

    it('chains hashes per stream and verifies the whole store and its latest anchor', async () => {
      await store.append(
        stream('a'),
        [newEvent('A1', { x: 1 }), newEvent('A2', { x: 2 })],
        'no_stream',
      );
      await store.append(stream('b'), [newEvent('B1', { y: '安全' })], 'no_stream');
      const anchor = await new AnchorRecorder(store).record('on_demand', actor);
      await store.append(stream('a'), [newEvent('A3', {})], 1);
      const report = await verifyIntegrity(store);
      expect(report.ok).toBe(true);
      expect(report.checked).toBeGreaterThanOrEqual(5);
      expect(report.latestAnchor).toMatchObject({ position: anchor.position, ok: true });
    });

    it('reports the first altered event', async () => {
      await store.append(
        stream('c'),
        [newEvent('C1', { amount: 100 }), newEvent('C2', {})],
        'no_stream',
      );
      const target = (await store.readStream(stream('c')))[0];
      if (fixture.tamper) {
        await fixture.tamper(stream('c'), 0);
        const report = await verifyIntegrity(store);
        expect(report.ok).toBe(false);
        expect(report.firstBrokenPosition).toBe(target.position);
        expect(report.firstBreak?.kind).toBe('hash_mismatch');
      } else {
        const altered = alteredView(store, target.position);
        const report = await verifyIntegrity(altered);
        expect(report.ok).toBe(false);
        expect(report.firstBrokenPosition).toBe(target.position);
      }
    });

    it('detects a forged anchor root', async () => {
      await store.append(stream('d'), [newEvent('D1', {})], 'no_stream');
      await store.append(
        'integrity-anchors',
        [
          newEvent('IntegrityAnchorRecorded', {
            root: 'f'.repeat(64),
            streamCount: 1,
            upToPosition: await store.lastPosition(),
            reason: 'on_demand',
          }),
        ],
        'any',
      );
      const report = await verifyIntegrity(store);
      expect(report.latestAnchor?.ok).toBe(false);
      expect(report.ok).toBe(false);
    });
  });
}

/** The same store, with one event's data changed on every raw read (for stores that cannot be altered in place). */
function alteredView(store: EventStore, position: number): EventStore {
  const alter = (events: RecordedEvent[]) =>
    events.map((e) => (e.position === position ? { ...e, data: { altered: true } } : e));
  return {
    ...store,
    readAll: async (from, options) => alter(await store.readAll(from, options)),
    readStream: (id, options) => store.readStream(id, options),
    lastPosition: () => store.lastPosition(),
  } as EventStore;
}
