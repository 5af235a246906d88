import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
export const SERVICE_TOKEN = 'crash-test-admin-token-0123456789abcdef';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The service from its sources in a process of its own, once it answers HTTP. */
export function startService(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'tests/support/ts-register.js'), join(root, 'src/main.ts')],
    {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        BOOTSTRAP_ADMIN_TOKEN: SERVICE_TOKEN,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/health`);
        return resolve(child);
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

/** Kills the process with `signal` and resolves with its exit code once it has exited. */
export function stopService(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}
