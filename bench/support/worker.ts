import { spawn } from 'node:child_process';

/**
 * Runs a bench module in a child node process (`node [nodeArgs] file --worker ...args`) and
 * resolves with the JSON object it writes as the last line of its standard output; rejects, naming
 * `what`, when the child fails or writes no such line.
 */
export function runWorker<T>(
  what: string,
  file: string,
  args: readonly (string | number)[],
  nodeArgs: readonly string[] = [],
): Promise<T> {
  const argv = [...nodeArgs, file, '--worker', ...args.map(String)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${what} exited ${code}: ${out}`));
      else resolve(JSON.parse(line) as T);
    });
  });
}

/**
 * The child's side of runWorker: when `module` is the main module started with `--worker`, runs
 * `work` on the arguments after it and writes its result as one JSON line (or the error's stack to
 * standard error, exiting 1).
 */
export function asWorker(module: NodeModule, work: (args: string[]) => Promise<object>): void {
  if (require.main !== module || process.argv[2] !== '--worker') return;
  work(process.argv.slice(3)).then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
      process.exit(1);
    },
  );
}
