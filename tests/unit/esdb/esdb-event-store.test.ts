import { Metadata } from '@grpc/grpc-js';
import {
  MaxAppendSizeExceededError,
  NotLeaderError,
  StreamDeletedError,
  UnavailableError,
} from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { EsdbEventStore } from '../../../src/infrastructure/event-store/esdb/esdb-event-store';
import {
  ConcurrencyError,
  EventsTooLargeError,
  type NewEvent,
  StoreUnavailableError,
} from '../../../src/infrastructure/event-store/event-store.port';
import { UpcasterRegistry } from '../../../src/infrastructure/event-store/upcasting/upcaster-registry';
import { FakeEsdbClient } from './fake-esdb-client';

const event = (n: number): NewEvent => ({
  id: randomUUID(),
  type: 'IncidentGraded',
  data: { n },
  metadata: { actorId: 'u-1', actorRole: 'admin', requestId: 'r-1' },
});

/** A NotLeaderError as the client builds it from the server's answer (leader in the metadata). */
function notLeader(): NotLeaderError {
  const metadata = new Metadata();
  metadata.set('exception', 'not-leader');
  metadata.set('leader-endpoint-host', 'node2');
  metadata.set('leader-endpoint-port', '2113');
  return new NotLeaderError({ code: 5, details: 'Leader info available', metadata } as never);
}

const unavailable = () =>
  new UnavailableError({
    code: 14,
    details: 'No connection established',
    metadata: new Metadata(),
  } as never);

function storeOn(client: FakeEsdbClient, attempts = 3) {
  return new EsdbEventStore(client.asClient(), {
    upcasters: new UpcasterRegistry(),
    retry: { attempts, initialMs: 1, maxMs: 2 },
  });
}

describe('EsdbEventStore on failover (NotLeaderError, UnavailableError)', () => {
  it('retries an append and stores it once', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    client.failNext('appendToStream', notLeader(), unavailable());
    const appended = await store.append('incident-1', [event(1)], 'no_stream');
    expect(appended.nextExpectedRevision).toBe(0);
    expect(await store.readStream('incident-1')).toHaveLength(1);
  });

  it('retries reads of a stream and of $all', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    await store.append('incident-1', [event(1)], 'no_stream');
    client.failNext('readStream', unavailable());
    expect(await store.readStream('incident-1')).toHaveLength(1);
    client.failNext('readAll', notLeader());
    expect(await store.readAll(0)).toHaveLength(1);
  });

  it('answers StoreUnavailableError after its bounded attempts', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client, 3);
    client.failNext('readStream', unavailable(), unavailable(), unavailable(), unavailable());
    await expect(store.append('incident-1', [event(1)], 'no_stream')).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(client.calls.filter((call) => call === 'readStream')).toHaveLength(3);
  });

  it('does not store twice an append the old leader stored before failing over', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    const batch = [event(1), event(2)];
    // The append reaches the log, then the answer is lost to the failover.
    const real = client.appendToStream.bind(client);
    let lose = true;
    client.appendToStream = async (...args: Parameters<typeof real>) => {
      const result = await real(...args);
      if (lose) {
        lose = false;
        throw notLeader();
      }
      return result;
    };
    const appended = await store.append('incident-1', batch, 'no_stream');
    expect(appended.events.map((e) => e.id)).toEqual(batch.map((e) => e.id));
    expect(await store.readStream('incident-1')).toHaveLength(2);
  });

  it('passes other errors on without retrying', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    client.failNext('readStream', new StreamDeletedError(undefined, 'incident-1'));
    await expect(store.readStream('incident-1')).rejects.toBeInstanceOf(StreamDeletedError);
    expect(client.calls).toEqual(['readStream']);
  });
});

describe('EsdbEventStore: the maximum append size', () => {
  it('answers EventsTooLargeError naming the limit', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    client.failNext('appendToStream', MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576));
    const refused = store.append('incident-1', [event(1)], 'no_stream');
    await expect(refused).rejects.toBeInstanceOf(EventsTooLargeError);
    await expect(refused).rejects.toMatchObject({ maxBytes: 1_048_576, streamId: 'incident-1' });
    expect(await store.readStream('incident-1')).toEqual([]);
  });
});

describe('EsdbEventStore: re-append of an older batch', () => {
  it.each(['any', 'stream_exists'] as const)(
    'with %s answers the stored events and stores nothing',
    async (expected) => {
      const client = new FakeEsdbClient();
      const store = storeOn(client);
      const older = [event(1), event(2)];
      const first = await store.append('incident-1', older, 'no_stream');
      for (let n = 3; n < 10; n++) await store.append('incident-1', [event(n)], 'any');
      const again = await store.append('incident-1', older, expected);
      expect(again.events.map((e) => e.position)).toEqual(first.events.map((e) => e.position));
      expect(again.nextExpectedRevision).toBe(8);
      expect(await store.readStream('incident-1')).toHaveLength(9);
    },
  );

  it('with a stale exact revision is still a ConcurrencyError for a new batch', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    await store.append('incident-1', [event(1), event(2)], 'no_stream');
    await expect(store.append('incident-1', [event(3)], 0)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
  });
});

describe('EsdbEventStore.readStream with a limit', () => {
  it('reads one event at a revision', async () => {
    const client = new FakeEsdbClient();
    const store = storeOn(client);
    const batch = [event(1), event(2), event(3)];
    await store.append('incident-1', batch, 'no_stream');
    const read = await store.readStream('incident-1', { fromRevision: 1, limit: 1 });
    expect(read.map((e) => e.id)).toEqual([batch[1].id]);
  });
});
