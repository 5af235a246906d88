import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  serviceApi,
  type ServiceApi,
  serviceEnv,
  stopService,
  useServices,
} from './support/service';
import { district, seedTree, town } from './support/tree';

interface ProjectionHealth {
  name: string;
  running: boolean;
}

/** Reads the unit once the read models pass `api`'s last write; resolves with the time it took. */
async function timeUntilRead(api: ServiceApi, id: string, limitMs: number) {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await api.settled(`/units/${id}`)).status === 200) return Date.now() - started;
  }
  return Infinity;
}

const projections = async (api: ServiceApi) =>
  (await api.health()).body.projections as ProjectionHealth[];

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
    const api = serviceApi(port);
    await seedTree(api, [district('D', '区')]);
    await api.read('/units/D');
    return service;
  };

  it('are taken over at once by the service restarted on the same data directory', async () => {
    const port = await freePort();
    const killed = await startProjecting(port);
    await stopService(killed, 'SIGKILL');

    await start(port);
    const api = serviceApi(port);
    await seedTree(api, [town('T1', 'D')]);
    expect(await timeUntilRead(api, 'T1', 20_000)).toBeLessThan(2_000);
  }, 90_000);

  it('are left to a live second instance on the same data directory, and taken once it is killed', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const [a, b] = [serviceApi(portA), serviceApi(portB)];
    const first = await startProjecting(portA);
    await start(portB);

    expect((await projections(a)).every((p) => p.running)).toBe(true);
    expect((await projections(b)).some((p) => p.running)).toBe(false);
    await seedTree(b, [town('T1', 'D')]);
    await b.read('/units/T1');
    expect((await projections(b)).some((p) => p.running)).toBe(false);

    await stopService(first, 'SIGKILL');
    await seedTree(b, [town('T2', 'D')]);
    // The survivor looks at the leases every 10 s; the dead one's, renewed every 10 s for 30 s,
    // would expire 20 to 30 s after its death.
    expect(await timeUntilRead(b, 'T2', 30_000)).toBeLessThan(16_000);
    expect((await projections(b)).every((p) => p.running)).toBe(true);
  }, 120_000);
});
