import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, SERVICE_TOKEN, serviceEnv, stopService, useServices } from './support/service';

const headers = { Authorization: `Bearer ${SERVICE_TOKEN}`, 'Content-Type': 'application/json' };

interface ProjectionHealth {
  name: string;
  running: boolean;
}

/** Registers a town under D on the service at `port`; resolves with the write's position. */
async function registerTown(port: number, id: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/units`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ id, name: `镇${id}`, kind: 'town', parentId: 'D' }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { position: number }).position;
}

const readAfter = (port: number, id: string, position: number) =>
  fetch(`http://127.0.0.1:${port}/api/v1/units/${id}?minPosition=${position}`, { headers });

/** Reads the unit once the read models pass `position`; resolves with the time it took. */
async function timeUntilRead(port: number, id: string, position: number, limitMs: number) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await readAfter(port, id, position)).status === 200) return Date.now() - started;
  }
  return Infinity;
}

const projections = async (port: number) =>
  (
    (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
      projections: ProjectionHealth[];
    }
  ).projections;

describe('projection leases of a service killed with SIGKILL', () => {
  let dataDir: string;
  const startService = useServices();

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'service-leases-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = (port: number) => startService(serviceEnv(dataDir, port), 'answering');

  /** A service that has projected a first write, so it holds every projection's lease. */
  const startProjecting = async (port: number) => {
    const service = await start(port);
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/units`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: 'D', name: '区', kind: 'district' }),
    });
    const { position } = (await response.json()) as { position: number };
    expect((await readAfter(port, 'D', position)).status).toBe(200);
    return service;
  };

  it('are taken over at once by the service restarted on the same data directory', async () => {
    const port = await freePort();
    const killed = await startProjecting(port);
    await stopService(killed, 'SIGKILL');

    await start(port);
    const position = await registerTown(port, 'T1');
    expect(await timeUntilRead(port, 'T1', position, 20_000)).toBeLessThan(2_000);
  }, 90_000);

  it('are left to a live second instance on the same data directory, and taken once it is killed', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const first = await startProjecting(portA);
    await start(portB);

    expect((await projections(portA)).every((p) => p.running)).toBe(true);
    expect((await projections(portB)).some((p) => p.running)).toBe(false);
    const before = await registerTown(portB, 'T1');
    expect((await readAfter(portB, 'T1', before)).status).toBe(200);
    expect((await projections(portB)).some((p) => p.running)).toBe(false);

    await stopService(first, 'SIGKILL');
    const after = await registerTown(portB, 'T2');
    // The survivor looks at the leases every 10 s; the dead one's, renewed every 10 s for 30 s,
    // would expire 20 to 30 s after its death.
    expect(await timeUntilRead(portB, 'T2', after, 30_000)).toBeLessThan(16_000);
    expect((await projections(portB)).every((p) => p.running)).toBe(true);
  }, 120_000);
});
