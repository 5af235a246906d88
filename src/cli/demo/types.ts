import type { CommandContext } from '../../modules/shared/command-context';
import type { UseCase, UseCaseType } from '../../modules/shared/use-case';

/** Any use case's command class (its own parameter and body types erased). */
type AnyUseCase = (new (
  params: never,
  body: never,
  context: CommandContext,
) => UseCase<object, unknown>) & {
  readonly dto: new () => object;
};

/**
 * One command of the demo as plain, serialisable data: the use case's command class, the route's
 * path parameters and the body an HTTP client would send. The runner validates the body as HTTP
 * does and sends the command class itself through the command bus.
 */
export interface DemoCommand<P extends object = object, B extends object = object> {
  readonly use: AnyUseCase;
  readonly params: P;
  readonly body: B;
}

export const demoCommand = <P extends object, B extends object>(
  use: UseCaseType<P, B>,
  params: P,
  body: B,
): DemoCommand<P, B> => ({ use, params, body });

/** Narrows a demo command to one use case's. */
export const isCommand = <P extends object, B extends object>(
  command: DemoCommand,
  use: UseCaseType<P, B>,
): command is DemoCommand<P, B> => (command.use as unknown) === use;

export const DEMO_SCALES = ['tiny', 'district', 'city', 'province'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

export interface DemoOptions {
  year: number;
  scale: DemoScale;
  seed: number;
}
