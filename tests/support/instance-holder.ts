import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Another process that holds its instance lock and `lease`, once it says so. */
export function startHolder(dataDir: string, owner: string, lease: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      '-r',
      join(root, 'tests/support/ts-register.js'),
      join(root, 'tests/support/hold-instance-lock.ts'),
      dataDir,
      owner,
      lease,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('held')) return reject(new Error(String(chunk)));
      // A holder a failed test left behind must not keep the test run alive: once the run
      // ends, its stdin closes and it exits.
      child.unref();
      for (const pipe of [child.stdin, child.stdout]) (pipe as Socket).unref();
      resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

export const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
