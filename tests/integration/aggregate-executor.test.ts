import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Decider, DomainEvent } from '../../src/domain/shared/decider';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { ProblemException } from '../../src/infrastructure/http/problem';
import { AggregateExecutor } from '../../src/modules/shared/aggregate-executor';
import { claimThenWrite } from '../../src/modules/shared/claim';
import type { CommandContext } from '../../src/modules/shared/command-context';
import { StreamReads } from '../../src/modules/shared/stream-reads';

type Add = { type: 'Add'; by: number; max: number };
type Added = DomainEvent<'Added', { by: number }>;

/** A counter that refuses to pass its maximum: small enough to see every decision. */
const counter: Decider<Add, Added, number> = {
  initialState: () => 0,
  evolve: (total, event) => total + event.data.by,
  decide: (command, total) => {
    if (total + command.by > command.max) throw new Error(`over ${command.max}`);
    return command.by === 0 ? [] : [{ type: 'Added', data: { by: command.by } }];
  },
};

const add = (by: number, max = 100): Add => ({ type: 'Add', by, max });

const context = (requestHash = 'h1'): CommandContext => ({
  actor: { kind: 'system', id: 'test', role: 'admin' },
  requestId: 'r1',
  now: new Date('2025-03-01T00:00:00Z'),
  requestHash,
});

const problemType = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'none',
    (error: unknown) => (error instanceof ProblemException ? error.problem.type : String(error)),
  );

/** A SQLite event store and an executor on it, fresh for each test of the block. */
function freshExecutor(prefix: string): { store: SqliteEventStore; executor: AggregateExecutor } {
  const fresh = {} as { dir: string; store: SqliteEventStore; executor: AggregateExecutor };
  beforeEach(() => {
    fresh.dir = mkdtempSync(join(tmpdir(), prefix));
    fresh.store = new SqliteEventStore({ file: join(fresh.dir, 'events.db'), pollIntervalMs: 20 });
    fresh.executor = new AggregateExecutor(fresh.store);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await fresh.store.close();
    rmSync(fresh.dir, { recursive: true, force: true });
  });
  return fresh;
}

describe('AggregateExecutor on the SQLite event store', () => {
  const fresh = freshExecutor('executor-');
  const run = (streamId: string, mode: 'create' | 'update' | 'upsert', command: Add | Add[]) =>
    fresh.executor.execute({
      decider: counter,
      streamId,
      context: context(),
      mode,
      label: `counter ${streamId}`,
      command: () => command,
    });

  it('upsert creates a missing stream, then appends to it at its revision', async () => {
    const created = await run('counter-a', 'upsert', add(2));
    const updated = await run('counter-a', 'upsert', add(3));
    expect([created.state, created.revision, updated.state, updated.revision]).toEqual([
      2, 0, 5, 1,
    ]);
    const stored = await fresh.store.readStream('counter-a');
    expect(stored.map((e) => e.metadata.requestHash)).toEqual(['h1', undefined]);
  });

  it('update refuses a missing stream (404); create replays a repeat and refuses another body (409)', async () => {
    expect(await problemType(run('counter-b', 'update', add(1)))).toMatch(/not_found$/);
    await run('counter-b', 'create', add(1));
    const repeat = await run('counter-b', 'create', add(1));
    expect(repeat).toMatchObject({ replayed: true, state: 1, events: [] });
    const other = fresh.executor.execute({
      decider: counter,
      streamId: 'counter-b',
      context: context('h2'),
      mode: 'create',
      label: 'counter b',
      command: () => add(1),
    });
    expect(await problemType(other)).toMatch(/duplicate_id$/);
  });

  it('decides a list of commands in turn, each on the state the previous left, in one append', async () => {
    const result = await run('counter-c', 'upsert', [add(4, 10), add(5, 10)]);
    expect(result.state).toBe(9);
    expect(result.events.map((e) => e.revision)).toEqual([0, 1]);
    await expect(run('counter-c', 'upsert', [add(1, 10), add(1, 10)])).rejects.toThrow('over 10');
    expect(await fresh.store.readStream('counter-c')).toHaveLength(2); // nothing of the refused list
  });

  it('decides on a stream the caller already read without reading it again', async () => {
    await run('counter-d', 'upsert', add(1));
    const loaded = await fresh.executor.load(counter, 'counter-d');
    const reads = jest.spyOn(fresh.store, 'readStream');
    const result = await fresh.executor.execute({
      decider: counter,
      streamId: 'counter-d',
      context: context(),
      mode: 'update',
      label: 'counter d',
      loaded,
      command: ({ state }) => add(state),
    });
    expect(result.state).toBe(2);
    expect(reads).not.toHaveBeenCalled();
  });

  it('reads again and decides on the fresh state when what the caller read is stale', async () => {
    const stale = await fresh.executor.load(counter, 'counter-e');
    await run('counter-e', 'upsert', add(7));
    const seen: number[] = [];
    const result = await fresh.executor.execute({
      decider: counter,
      streamId: 'counter-e',
      context: context(),
      mode: 'upsert',
      label: 'counter e',
      loaded: stale,
      command: ({ state }) => {
        seen.push(state);
        return add(1);
      },
    });
    expect(seen).toEqual([0, 7]);
    expect([result.state, result.revision]).toEqual([8, 1]);
  });
});

describe('AggregateExecutor deciding on the read its request made', () => {
  let dir: string;
  let store: SqliteEventStore;
  let executor: AggregateExecutor;
  /** What a request's authorisation does: reads the stream through the request's reads. */
  const authorise = async (reads: StreamReads, streamId: string) =>
    reads.read(streamId, () => store.readStream(streamId));
  const addTo = (streamId: string, reads: StreamReads, seen: number[] = []) =>
    executor.execute({
      decider: counter,
      streamId,
      context: { ...context(), reads },
      mode: 'upsert',
      label: streamId,
      command: ({ state }) => {
        seen.push(state);
        return add(1);
      },
    });
  const readsOf = (spy: jest.SpyInstance, streamId: string) =>
    spy.mock.calls.filter(([id]) => id === streamId).length;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'executor-reads-'));
    store = new SqliteEventStore({ file: join(dir, 'events.db'), pollIntervalMs: 20 });
    executor = new AggregateExecutor(store);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('decides on the stream as the request read it, without reading it again', async () => {
    await addTo('counter-r1', new StreamReads());
    const reads = new StreamReads();
    const spy = jest.spyOn(store, 'readStream');
    await authorise(reads, 'counter-r1');
    await authorise(reads, 'counter-r1'); // a second touch of the same stream: the same read
    const seen: number[] = [];
    const result = await addTo('counter-r1', reads, seen);
    expect(readsOf(spy, 'counter-r1')).toBe(1);
    expect([seen, result.state, result.revision]).toEqual([[1], 2, 1]);
  });

  it('appends at the revision of that read: a write in between conflicts, and it decides again on a fresh read', async () => {
    await addTo('counter-r2', new StreamReads());
    const reads = new StreamReads();
    await authorise(reads, 'counter-r2'); // sees 1, at revision 0
    await addTo('counter-r2', new StreamReads()); // another request writes: 2, revision 1
    const spy = jest.spyOn(store, 'readStream');
    const append = jest.spyOn(store, 'append');
    const seen: number[] = [];
    const result = await addTo('counter-r2', reads, seen);
    expect(seen).toEqual([1, 2]);
    expect(append.mock.calls.map(([, , expected]) => expected)).toEqual([0, 1]);
    expect(readsOf(spy, 'counter-r2')).toBe(1); // only the retry read
    expect([result.state, result.revision]).toEqual([3, 2]);
  });

  it('answers 409 after its attempts when another writer overtakes each, its shared read and every fresh one', async () => {
    await addTo('counter-r5', new StreamReads());
    const reads = new StreamReads();
    await authorise(reads, 'counter-r5');
    const spy = jest.spyOn(store, 'readStream');
    const seen: number[] = [];
    const overtaken = executor.execute({
      decider: counter,
      streamId: 'counter-r5',
      context: { ...context(), reads },
      mode: 'update',
      label: 'counter r5',
      command: async ({ state }) => {
        seen.push(state);
        await addTo('counter-r5', new StreamReads()); // another request, between read and append
        return add(1);
      },
    });
    expect(await problemType(overtaken)).toMatch(/concurrent_modification$/);
    expect(seen).toEqual([1, 2, 3, 4]); // the first on the shared read, then fresh ones
    expect(readsOf(spy, 'counter-r5')).toBe(3 + 4); // 3 retries, and the 4 other requests
  });

  it('takes the read: a second command on the stream in the same request reads the store', async () => {
    const reads = new StreamReads();
    await authorise(reads, 'counter-r3');
    await addTo('counter-r3', reads);
    const spy = jest.spyOn(store, 'readStream');
    const seen: number[] = [];
    await addTo('counter-r3', reads, seen);
    expect(seen).toEqual([1]);
    expect(readsOf(spy, 'counter-r3')).toBe(1);
  });

  it('decides on what the caller loaded rather than on an older read of the request', async () => {
    const reads = new StreamReads();
    await authorise(reads, 'counter-r4');
    await addTo('counter-r4', new StreamReads());
    const loaded = await executor.load(counter, 'counter-r4');
    const spy = jest.spyOn(store, 'readStream');
    const seen: number[] = [];
    await executor.execute({
      decider: counter,
      streamId: 'counter-r4',
      context: { ...context(), reads },
      mode: 'update',
      label: 'counter r4',
      loaded,
      command: ({ state }) => {
        seen.push(state);
        return add(1);
      },
    });
    expect(seen).toEqual([1]);
    expect(readsOf(spy, 'counter-r4')).toBe(0);
    // ...and the request's older read is dropped, not left for a later command.
    expect(reads.take('counter-r4')).toBeUndefined();
  });
});

describe('claimThenWrite', () => {
  const fresh = freshExecutor('claim-');
  const claim = () =>
    fresh.executor.execute({
      decider: counter,
      streamId: 'slot-1',
      context: context(),
      mode: 'upsert',
      label: 'slot',
      command: ({ state }) => add(state === 0 ? 1 : 0),
    });

  it('releases a claim it recorded when the write fails, deciding on the claimed state without reading it', async () => {
    const reads = jest.spyOn(fresh.store, 'readStream');
    const released: number[] = [];
    const attempt = claimThenWrite({
      claim,
      write: () => run('target-1', 'update', add(1)), // there is no target: 404
      release: (claimed) =>
        fresh.executor.execute({
          decider: counter,
          streamId: 'slot-1',
          context: context(),
          mode: 'update',
          label: 'slot',
          loaded: claimed,
          command: ({ state }) => {
            released.push(state);
            return add(-state);
          },
        }),
    });
    expect(await problemType(attempt)).toMatch(/not_found$/);
    expect(released).toEqual([1]);
    expect((await fresh.store.readStream('slot-1')).map((e) => e.data)).toEqual([
      { by: 1 },
      { by: -1 },
    ]);
    expect(reads.mock.calls.filter(([id]) => id === 'slot-1')).toHaveLength(2); // claim + check
  });

  it('keeps a claim it did not record (already held) when the write fails', async () => {
    await claim();
    const release = jest.fn(async () => undefined);
    await expect(
      claimThenWrite({ claim, write: () => run('target-2', 'update', add(1)), release }),
    ).rejects.toBeInstanceOf(ProblemException);
    expect(release).not.toHaveBeenCalled();
  });

  function run(streamId: string, mode: 'update', command: Add) {
    return fresh.executor.execute({
      decider: counter,
      streamId,
      context: context(),
      mode,
      label: streamId,
      command: () => command,
    });
  }
});
