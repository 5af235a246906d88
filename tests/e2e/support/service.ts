import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { Api, type HttpTarget } from './api';

const root = join(__dirname, '..', '..', '..');
export const SERVICE_TOKEN = 'crash-test-admin-token-0123456789abcdef';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** The environment of a service on `dataDir` at `port`, administered with SERVICE_TOKEN. */
export const serviceEnv = (dataDir: string, port: number): Record<string, string> => ({
  DATA_DIR: dataDir,
  PORT: String(port),
  BOOTSTRAP_ADMIN_TOKEN: SERVICE_TOKEN,
});

/**
 * When a started service counts as up: `answering` once /health answers at all (a service whose
 * stores are still catching up may answer 503), `healthy` once it answers 2xx.
 */
export type Readiness = 'answering' | 'healthy';

/** The service from its sources in a process of its own, resolved once it is up. */
export function startService(
  env: Record<string, string>,
  until: Readiness = 'healthy',
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'tests/support/ts-register.js'), join(root, 'src/main.ts')],
    { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 30_000;
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${env.PORT}/health`);
        if (until === 'answering' || response.ok) return resolve(child);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        return reject(new Error('service did not start'));
      }
      setTimeout(poll, 100);
    };
    child.on('exit', (code) => reject(new Error(`service exited with ${code}`)));
    void poll();
  });
}

/** Kills the process with `signal` and resolves with its exit code once it has exited. */
export function stopService(
  child: ChildProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

/**
 * `startService` for the tests of a describe block: whatever a test started and did not stop is
 * killed after it, so that a failing test leaves no process behind to keep jest alive.
 */
export function useServices(): typeof startService {
  const running: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of running.splice(0)) await stopService(child, 'SIGKILL');
  });
  return async (env, until) => {
    const child = await startService(env, until);
    running.push(child);
    return child;
  };
}

/** The API of a service started in a process of its own. */
export type ServiceApi = Api<HttpTarget>;

/** The API of the service listening on `port` of this machine, as the holder of `token`. */
export function serviceApi(port: number, token = SERVICE_TOKEN): ServiceApi {
  const target: HttpTarget = { http: () => request(`http://127.0.0.1:${port}`) };
  return new Api(() => target, token);
}
