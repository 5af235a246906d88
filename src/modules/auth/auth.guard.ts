import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException, problem } from '../../infrastructure/http/problem';
import type { ActorRequest } from '../shared/actor';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { IS_PUBLIC } from './public.decorator';
import { TOKEN_RESOLVERS, type TokenResolver } from './token-resolver';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/;

/** 401 unless the request carries a bearer token that a resolver knows. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_RESOLVERS) private readonly resolvers: TokenResolver[],
    private readonly limiter: FailedAuthLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ])
    ) {
      return true;
    }
    const request = context
      .switchToHttp()
      .getRequest<ActorRequest & { header(name: string): string | undefined; ip?: string }>();
    const client = request.ip ?? 'unknown';
    const wait = this.limiter.retryAfter(client);
    if (wait > 0) {
      throw new ProblemException(
        problem(
          429,
          'too_many_failed_authentications',
          'Too many failed authentications; retry later.',
          undefined,
          {
            retryAfterSeconds: wait,
          },
        ),
      );
    }
    const match = BEARER.exec(request.header('authorization') ?? '');
    if (match) {
      for (const resolver of this.resolvers) {
        const actor = await resolver.resolve(match[1]);
        if (actor) {
          request.actor = actor;
          return true;
        }
      }
    }
    this.limiter.recordFailure(client);
    throw new ProblemException(
      problem(
        401,
        'unauthenticated',
        'A valid bearer token is required (Authorization: Bearer <token>).',
      ),
    );
  }
}
