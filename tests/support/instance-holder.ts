import { type ChildProcess, spawn } from 'node:child_process';
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
    child.stdout!.on('data', (chunk: Buffer) =>
      chunk.toString().includes('held') ? resolve(child) : reject(new Error(String(chunk))),
    );
    child.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
}

export const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
