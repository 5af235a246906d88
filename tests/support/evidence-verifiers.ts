import { execFile } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface VerifierRun {
  code: number;
  verdict: { ok: boolean; firstBreak?: Record<string, unknown> } & Record<string, unknown>;
  stderr: string;
}

/** Runs a verifier in a process of its own on a bundle file: its exit code and JSON verdict. */
function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<VerifierRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (code !== 0 && code !== 1) return reject(new Error(`exit ${code}: ${stderr}`));
        resolve({ code, verdict: JSON.parse(stdout), stderr });
      },
    );
  });
}

/** `safety verify-evidence FILE` (the TypeScript sources, as the CLI runs them). */
export const cliVerify = (file: string, ...options: string[]) =>
  runNode(
    [
      '-r',
      join(ROOT, 'tests/support/ts-register.js'),
      join(ROOT, 'src/cli.ts'),
      'verify-evidence',
      file,
      ...options,
    ],
    // No store is opened: no DATA_DIR is given, and none is needed.
    { PATH: process.env.PATH ?? '' },
  );

/** `node scripts/verify-evidence.mjs FILE`, with an environment of nothing. */
export const scriptVerify = (file: string, ...options: string[]) =>
  runNode([join(ROOT, 'scripts/verify-evidence.mjs'), file, ...options], {});
