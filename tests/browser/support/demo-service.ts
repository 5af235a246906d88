import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run-cli';
import {
  freePort,
  SERVICE_TOKEN,
  serviceEnv,
  startService,
  stopService,
} from '../../e2e/support/service';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildConsole } = require('../../../scripts/build-console.js') as {
  buildConsole: () => Promise<number>;
};

/** The service on a district demo store, with the console built, and the users the tests sign in as. */
export interface DemoService {
  base: string;
  port: number;
  tokens: { office: string; reporter: string; admin: string };
  /** The console bundle's size in bytes. */
  bundleBytes: number;
  stop: () => Promise<void>;
}

async function cli(dataDir: string, ...argv: string[]): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    {
      out: (line) => out.push(line),
      err: { isTTY: false, write: (chunk: string) => err.push(chunk) > 0 } as NodeJS.WriteStream,
    },
  );
  if (code !== 0) throw new Error(`safety ${argv.join(' ')} exited ${code}: ${err.join('')}`);
  return out.join('\n');
}

async function createUser(dataDir: string, name: string, role: string, scope: string) {
  const output = await cli(
    dataDir,
    'users',
    'create',
    '--name',
    name,
    '--role',
    role,
    '--scope',
    scope,
  );
  return (JSON.parse(output) as { token: string }).token;
}

/**
 * `safety demo --scale district --seed 42` into a temporary DATA_DIR (in-process, through the
 * CLI's entry point), an office user of the district and a reporter of the town D510408-T04, the
 * console bundle built, then the service from its sources on a free port.
 */
export async function startDemoService(): Promise<DemoService> {
  const dataDir = mkdtempSync(join(tmpdir(), 'safety-console-'));
  let child: ChildProcess | undefined;
  try {
    const bundleBytes = await buildConsole();
    await cli(dataDir, 'demo', '--scale', 'district', '--seed', '42');
    const office = await createUser(dataDir, '区安委办', 'office', 'D510408');
    const reporter = await createUser(dataDir, '丰收镇填报员', 'reporter', 'D510408-T04');
    const port = await freePort();
    child = await startService(serviceEnv(dataDir, port));
    const running = child;
    return {
      base: `http://127.0.0.1:${port}`,
      port,
      tokens: { office, reporter, admin: SERVICE_TOKEN },
      bundleBytes,
      stop: async () => {
        await stopService(running);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (child) await stopService(child, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** GET a JSON answer of the API with a token, as the console would. */
export async function apiGet<T>(service: DemoService, token: string, path: string): Promise<T> {
  const response = await fetch(`${service.base}/api/v1${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
