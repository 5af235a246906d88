import { badRequest } from '../../infrastructure/http/problem';
import { unsafeInputErrors } from '../../infrastructure/http/safe-text';
import { createValidationPipe } from '../../infrastructure/http/validation';
import type { CommandContext } from './command-context';

/**
 * A use case's command: the route's path parameters, the request body, and who sent it when.
 * Each command class lives in its handler's file and names its body's DTO once (`static dto`),
 * so the controller, the demo and the bench build it the same way.
 */
export abstract class UseCase<Params extends object, Body> {
  constructor(
    readonly params: Params,
    readonly body: Body,
    readonly context: CommandContext,
  ) {}
}

/** No path parameters. */
export type NoParams = Record<string, never>;

/** A command class whose body is a class-validator DTO. */
export type UseCaseType<P extends object, B extends object> = (new (
  params: P,
  body: B,
  context: CommandContext,
) => UseCase<P, B>) & { readonly dto: new () => B };

const pipe = createValidationPipe();

/** A plain body validated exactly as an HTTP body is (input hygiene, then the ValidationPipe). */
export async function validBody<B extends object>(dto: new () => B, plain: unknown): Promise<B> {
  const unsafe = unsafeInputErrors(plain);
  if (unsafe.length > 0) throw badRequest('The request is invalid.', unsafe);
  return (await pipe.transform(plain, { type: 'body', metatype: dto })) as B;
}
