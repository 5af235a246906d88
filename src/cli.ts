#!/usr/bin/env node
import 'reflect-metadata';
import { exitAfterFlush } from './cli/exit';
import { runCli } from './cli/run-cli';

runCli(process.argv.slice(2)).then(exitAfterFlush, (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  exitAfterFlush(1);
});
