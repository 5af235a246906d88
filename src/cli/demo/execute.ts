import { DomainError } from '../../domain/shared/errors';
import { SYSTEM_ACTOR_IDS } from '../../domain/users';
import { ProblemException } from '../../infrastructure/http/problem';
import { type CommandContext, hashRequestBody } from '../../modules/shared/command-context';
import { validBody } from '../../modules/shared/use-case';
import type { DemoCommand } from './types';

/** A demo command the service refused: a bug of the generator, named with its place in the list. */
export class DemoCommandFailed extends Error {
  constructor(
    readonly index: number,
    readonly command: DemoCommand,
    reason: string,
  ) {
    super(
      `demo command #${index} (${command.use.name} ${describe(command)}) was refused: ${reason}`,
    );
    this.name = 'DemoCommandFailed';
  }
}

function describe(command: DemoCommand): string {
  const params = Object.values(command.params).map((value) => String(value));
  const id = (command.body as { id?: unknown }).id;
  return [...params, ...(typeof id === 'string' ? [id] : [])].join(' ') || '-';
}

/** The command for a demo command: its body validated as HTTP validates a body. */
export async function toBusCommand(command: DemoCommand, context: CommandContext) {
  const body = await validBody(command.use.dto, command.body);
  return new command.use(command.params as never, body as never, context);
}

/** Why the service refused: the problem (status and detail) or the domain's code and message. */
export function refusal(error: unknown): string {
  if (error instanceof ProblemException) {
    const fields = (error.problem.errors ?? []).map((e) => `${e.field}: ${e.message}`);
    return `${error.problem.status} ${error.problem.detail}${fields.length ? ` (${fields.join('; ')})` : ''}`;
  }
  if (error instanceof DomainError) return `${error.kind} ${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** The context of every demo command: the `demo` admin, a fixed clock, a reproducible request id. */
export function demoContext(
  command: DemoCommand,
  index: number,
  seed: number,
  now: Date,
): CommandContext {
  return {
    actor: { kind: 'system', id: SYSTEM_ACTOR_IDS.demo, role: 'admin' },
    requestId: `demo-${seed}-${index}`,
    now,
    requestHash: hashRequestBody(command.body),
  };
}
