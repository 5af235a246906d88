import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException, problem } from '../../infrastructure/http/problem';
import type { Actor, ActorRequest } from '../shared/actor';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { isPublic } from './public.decorator';
import { hashToken } from './token-hash';
import { TOKEN_RESOLVERS, type TokenResolver } from './token-resolver';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/;

type GuardedRequest = ActorRequest & { header(name: string): string | undefined; ip?: string };

/**
 * 401 unless the request carries a bearer token that a resolver knows. A token that resolves
 * always passes; failures are counted per client and per presented credential, and a request
 * that fails while either is over the limit is answered 429 with Retry-After instead.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_RESOLVERS) private readonly resolvers: TokenResolver[],
    private readonly limiter: FailedAuthLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublic(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const credential = request.header('authorization') ?? '';
    const actor = await this.resolve(credential);
    if (actor) {
      request.actor = actor;
      return true;
    }
    const keys = [`client:${request.ip ?? 'unknown'}`];
    if (credential !== '') keys.push(`credential:${hashToken(credential)}`);
    const wait = this.limiter.retryAfter(...keys);
    if (wait > 0) throw tooManyFailures(wait);
    this.limiter.recordFailure(...keys);
    throw new ProblemException(
      problem(
        401,
        'unauthenticated',
        'A valid bearer token is required (Authorization: Bearer <token>).',
      ),
    );
  }

  private async resolve(credential: string): Promise<Actor | undefined> {
    const match = BEARER.exec(credential);
    if (!match) return undefined;
    for (const resolver of this.resolvers) {
      const actor = await resolver.resolve(match[1]);
      if (actor) return actor;
    }
    return undefined;
  }
}

const tooManyFailures = (retryAfterSeconds: number) =>
  new ProblemException(
    problem(
      429,
      'too_many_failed_authentications',
      'Too many failed authentications; retry later.',
      undefined,
      { retryAfterSeconds },
    ),
  );
