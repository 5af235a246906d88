import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const TOKEN = 'crash-test-admin-token-0123456789abcdef';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function startService(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'tests/support/ts-register.js'), join(root, 'src/main.ts')],
    {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        BOOTSTRAP_ADMIN_TOKEN: TOKEN,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.ok) return resolve(child);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error('service did not start'));
      setTimeout(poll, 100);
    };
    child.on('exit', (code) => reject(new Error(`service exited with ${code}`)));
    void poll();
  });
}

describe('the service killed with SIGKILL during writes', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'service-crash-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write after a restart', async () => {
    const port = await freePort();
    const service = await startService(dataDir, port);
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

    const restarted = await startService(dataDir, port);
    try {
      for (const id of acknowledged) {
        const response = await fetch(`http://127.0.0.1:${port}/api/v1/units/${id}`, { headers });
        expect([id, response.status]).toEqual([id, 200]);
      }
      const integrity = await fetch(`http://127.0.0.1:${port}/api/v1/audit/integrity`, { headers });
      if (integrity.status === 200)
        expect(((await integrity.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      const exited = new Promise<number | null>((resolve) =>
        restarted.on('exit', (code) => resolve(code)),
      );
      restarted.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 90_000);
});
