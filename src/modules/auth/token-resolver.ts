import type { Actor } from '../shared/actor';

/** Finds the actor a bearer token belongs to; undefined when the token is unknown or revoked. */
export interface TokenResolver {
  resolve(token: string): Promise<Actor | undefined>;
}

export const TOKEN_RESOLVERS = Symbol('TOKEN_RESOLVERS');
