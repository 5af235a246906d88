import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  freePort,
  SERVICE_TOKEN as TOKEN,
  serviceEnv,
  stopService,
  useServices,
} from './support/service';

describe('the service killed with SIGKILL during writes', () => {
  let dataDir: string;
  const startService = useServices();
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'service-crash-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write after a restart', async () => {
    const port = await freePort();
    const service = await startService(serviceEnv(dataDir, port), 'answering');
    const acknowledged: string[] = [];
    const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
    await fetch(`http://127.0.0.1:${port}/api/v1/units`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ id: 'D', name: '区', kind: 'district' }),
    });
    let stop = false;
    const writer = async (lane: number) => {
      for (let i = 0; !stop; i++) {
        const id = `T${lane}-${i}`;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/v1/units`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ id, name: `镇${id}`, kind: 'town', parentId: 'D' }),
          });
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
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/units/${id}`, { headers });
        expect([id, response.status]).toEqual([id, 200]);
      }
      const integrity = await fetch(`http://127.0.0.1:${port}/api/v1/audit/integrity`, { headers });
      if (integrity.status === 200)
        expect(((await integrity.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      expect(await stopService(restarted, 'SIGTERM')).toBe(0);
    }
  }, 90_000);
});
