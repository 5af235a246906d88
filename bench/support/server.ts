import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

/** A keep-alive JSON client for the bench's own requests (not the load: autocannon does that). */
export class Client {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 16 });

  constructor(
    readonly port: number,
    private readonly token = ADMIN_TOKEN,
  ) {}

  send<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = process.hrtime.bigint();
    return new Promise((resolvePromise, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(payload !== undefined && {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(payload),
            }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text.length > 0 ? JSON.parse(text) : null;
            } catch {
              // not JSON: keep the text
            }
            resolvePromise({ status: res.statusCode ?? 0, body: parsed as T, ms });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  get<T = unknown>(path: string): Promise<HttpAnswer<T>> {
    return this.send<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown): Promise<HttpAnswer<T>> {
    return this.send<T>('POST', path, body);
  }

  close(): void {
    this.agent.destroy();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

export interface RunningServer {
  port: number;
  pid: number;
  client: Client;
  log: string;
  /** Peak resident set of the server process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Spawns the real service (`node dist/src/main.js`) on the embedded stores in `dataDir`, and
 * waits until GET /health answers 200.
 */
export async function startServer(options: {
  dataDir: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  timeoutMs?: number;
  /** Another server script instead of the service (e.g. the framework floor, http-floor.ts). */
  script?: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const log = join(options.dataDir, 'server.log');
  const out = createWriteStream(log, { flags: 'a' });
  const main = options.script ?? resolve(__dirname, '../../src/main.js');
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), main], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: options.dataDir,
      BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN,
      LOG_LEVEL: 'warn',
      MAX_FAILED_AUTH_PER_MINUTE: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let exited: number | null = null;
  const exit = new Promise<void>((resolvePromise) =>
    child.once('exit', (code) => {
      exited = code ?? -1;
      resolvePromise();
    }),
  );
  const client = new Client(port);
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== null) throw new Error(`the server exited with ${exited}; see ${log}`);
    try {
      const health = await client.get('/health');
      if (health.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health in time; see ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    pid: child.pid!,
    client,
    log,
    peakRssMb: () => peakRssMb(child.pid!),
    async stop() {
      client.close();
      if (exited === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exit;
        clearTimeout(killer);
      }
      out.end();
    },
  };
}

/** VmHWM of a Linux process in MB (0 where /proc is not available). */
export function peakRssMb(pid: number | 'self'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}
