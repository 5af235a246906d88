import { createServer, type Server, type Socket } from 'node:net';
import { EsdbEventStore } from '../../../src/infrastructure/event-store/esdb/esdb-event-store';
import { UpcasterRegistry } from '../../../src/infrastructure/event-store/upcasting/upcaster-registry';

/** A server that accepts TCP connections and never answers: a stalled EventStoreDB node. */
async function stalledServer(): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, port: address.port, sockets };
}

describe('EsdbEventStore.health on a stalled server (real client)', () => {
  it('answers unhealthy within its deadline', async () => {
    const { server, port, sockets } = await stalledServer();
    const store = EsdbEventStore.connect(`esdb://127.0.0.1:${port}?tls=false`, {
      upcasters: new UpcasterRegistry(),
      healthDeadlineMs: 300,
    });
    try {
      const started = Date.now();
      const health = await store.health();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(health).toMatchObject({ ok: false, adapter: 'esdb' });
      expect(health.detail).toMatch(/within 300 ms/);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await store.close();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 10_000);
});
