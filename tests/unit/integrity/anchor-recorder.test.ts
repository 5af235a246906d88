import { randomUUID } from 'node:crypto';
import type { EventStore } from '../../../src/infrastructure/event-store/event-store.port';
import {
  ANCHOR_STREAM,
  type StreamHead,
} from '../../../src/infrastructure/event-store/integrity/anchor';
import { AnchorRecorder } from '../../../src/infrastructure/event-store/integrity/anchor-recorder';
import { nextTurn } from '../../../src/infrastructure/cooperative';
import {
  merkleLeafHex,
  merkleRoot,
  rootFromProof,
} from '../../../src/infrastructure/event-store/integrity/merkle';
import { SqliteEventStore } from '../../../src/infrastructure/event-store/sqlite/sqlite-event-store';

const actor = { actorId: 'u-test', actorRole: 'admin', requestId: 'req-1' };
const event = (i: number) => ({
  id: randomUUID(),
  type: 'Touched',
  data: { i },
  metadata: { ...actor },
});

/** More streams than a page of heads, so that the first tree takes several turns. */
const STREAMS = 12_000;
/** A writer that appends on every turn of the event loop gives up after this many turns. */
const WRITER_TURNS = 5_000;

/** The head of every stream but the anchors' at `position`, from the log itself. */
async function headsAt(store: EventStore, position: number): Promise<StreamHead[]> {
  const heads = new Map<string, StreamHead>();
  for (let from = 0; from < position;) {
    const events = await store.readAll(from, { limit: 5000, raw: true });
    for (const e of events)
      if (e.position <= position && e.streamId !== ANCHOR_STREAM)
        heads.set(e.streamId, {
          streamId: e.streamId,
          revision: e.revision,
          hash: e.metadata.hash,
        });
    if (events.length === 0) break;
    from = events[events.length - 1].position;
  }
  return [...heads.values()];
}

describe('AnchorRecorder', () => {
  let store: SqliteEventStore;

  beforeAll(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    for (let i = 0; i < STREAMS; i++) await store.append(`s-${i}`, [event(i)], 'no_stream');
  }, 60_000);
  afterAll(() => store.close());

  it('anchors the heads at its position when asked while its first tree is built, appends going on', async () => {
    const recorder = new AnchorRecorder(store);
    let preparing = true;
    let appendedWhilePreparing = 0;
    const preparation = recorder.prepare().finally(() => (preparing = false));
    const appending = (async () => {
      for (let i = 0; preparing && i < WRITER_TURNS; i++) {
        await store.append(`s-${(i * 37) % STREAMS}`, [event(i)], 'any');
        await store.append(`new-${randomUUID()}`, [event(i)], 'no_stream');
        appendedWhilePreparing++;
        await nextTurn();
      }
    })();
    const anchor = await recorder.record('on_demand', actor);
    await Promise.all([preparation, appending]);
    // The recorder let the writer in, and caught up with it all the same.
    expect(appendedWhilePreparing).toBeGreaterThanOrEqual(2);
    expect(appendedWhilePreparing).toBeLessThan(WRITER_TURNS);

    const heads = await headsAt(store, anchor.data.upToPosition);
    expect(anchor.data.streamCount).toBe(heads.length);
    expect(anchor.data.root).toBe(merkleRoot(heads));
    expect(recorder.latest?.event.id).toBe(anchor.id);

    await store.append('s-5', [event(5)], 'any');
    await store.append(`new-${randomUUID()}`, [event(0)], 'no_stream');
    const next = await recorder.record('on_demand', actor);
    const now = await headsAt(store, next.data.upToPosition);
    expect(next.data.root).toBe(merkleRoot(now));
    const { tree } = recorder.latest!;
    for (const head of now.filter((_, i) => i % 1000 === 0 || i === now.length - 1))
      expect(rootFromProof(merkleLeafHex(head), tree.proof(head.streamId)!)).toBe(next.data.root);
  });

  it('reads the whole log for its first tree when the store keeps no heads', async () => {
    const withoutHeads = Object.create(store, { streamHeads: { value: undefined } }) as EventStore;
    const anchor = await new AnchorRecorder(withoutHeads).record('periodic', actor);
    expect(anchor.data.root).toBe(merkleRoot(await headsAt(store, anchor.data.upToPosition)));
  });
});
