import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, serviceApi, serviceEnv, stopService, useServices } from './support/service';
import { district, seedTree, town } from './support/tree';

describe('the service killed with SIGKILL during writes', () => {
  let dataDir: string;
  const startService = useServices();
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'service-crash-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write after a restart', async () => {
    const port = await freePort();
    const api = serviceApi(port);
    const service = await startService(serviceEnv(dataDir, port), 'answering');
    const acknowledged: string[] = [];
    await seedTree(api, [district('D', '区')]);
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        const id = `T${lane}-${i}`;
        try {
          const response = await api.post('/units', town(id, 'D'));
          if (response.status === 201) acknowledged.push(id);
        } catch {
          return;
        }
      }
    };
    const lanes = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 10));
    service.kill('SIGKILL');
    stop = true;
    await Promise.all(lanes);

    const restarted = await startService(serviceEnv(dataDir, port), 'answering');
    try {
      for (const id of acknowledged) {
        const response = await api.get(`/units/${id}`);
        expect([id, response.status]).toEqual([id, 200]);
      }
      const integrity = await api.get('/audit/integrity');
      if (integrity.status === 200) expect((integrity.body as { ok: boolean }).ok).toBe(true);
    } finally {
      expect(await stopService(restarted, 'SIGTERM')).toBe(0);
    }
  }, 90_000);
});
