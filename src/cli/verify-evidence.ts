import { readFileSync } from 'node:fs';
import {
  type EvidenceVerdict,
  verifyEvidence,
} from '../infrastructure/event-store/integrity/evidence/verify-bundle';
import { type ParsedArgs, UsageError } from './args';
import type { CliIo } from './commands';

/**
 * `safety verify-evidence <file> [--expect-root HEX]`: verifies an evidence bundle offline, with
 * no store (scripts/verify-evidence.mjs does the same with Node alone). Prints the verdict as JSON;
 * 0 intact, 1 broken (naming the first broken event), 2 usage (no file, or unreadable).
 */
export function verifyEvidenceFile(args: ParsedArgs, io: CliIo): number {
  const [file] = args.positional;
  if (!file) throw new UsageError('verify-evidence needs the bundle file');
  const expectRoot = args.options['expect-root'];
  if (expectRoot === true) throw new UsageError('--expect-root needs the anchor root (hex)');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const verdict = verifyEvidence(parsed(text), { expectedRoot: expectRoot });
  io.out(JSON.stringify(verdict, null, 2));
  io.err.write(`${verdictLine(verdict)}\n`);
  return verdict.ok ? 0 : 1;
}

/** The file's JSON, or a value the verifier refuses as not a bundle. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function verdictLine(verdict: EvidenceVerdict): string {
  const broken = verdict.firstBreak;
  if (!broken)
    return `evidence intact: ${verdict.events} events in ${verdict.streams} streams under anchor root ${verdict.anchorRoot}`;
  const where =
    broken.streamId === null
      ? 'the bundle itself'
      : `${broken.streamId} revision ${broken.revision ?? '?'}, event ${broken.eventId ?? '?'}`;
  return `evidence broken: first at ${where} (${broken.kind}): ${broken.reason}`;
}
