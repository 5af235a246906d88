/**
 * Exits once stdout and stderr have handed every byte to the OS: on a pipe they are asynchronous,
 * and `process.exit` alone would cut a long answer (`--format json | …`) short.
 */
export function exitAfterFlush(code: number): void {
  let open = 2;
  const done = () => {
    open -= 1;
    if (open === 0) process.exit(code);
  };
  process.stdout.write('', done);
  process.stderr.write('', done);
}
