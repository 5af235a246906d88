import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Logger } from 'pino';
import { problem, ProblemException } from '../../infrastructure/http/problem';
import { LOGGER } from '../../infrastructure/logging/logger';
import type { Actor, ActorRequest } from '../shared/actor';
import { streamReadsOf } from '../shared/stream-reads';
import { isPublic } from './public.decorator';
import { ProjectionsBehind } from './projection-at-head';
import { policyKey, type Touch } from './route-policy';
import { routeOf } from './route.decorator';
import { ScopeService } from './scope.service';
import { touchedValues } from './touched-values';

type AuthorizedRequest = Request & ActorRequest;

/** 403 unless the route's `@Route` allows the actor's role and every unit it touches is in scope. */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly scopes: ScopeService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (isPublic(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthorizedRequest>();
    const actor = request.actor!;
    const key = policyKey(
      request.method,
      (request.route as { path?: string } | undefined)?.path ?? request.path,
    );
    const policy = routeOf(context.getHandler());
    if (!policy) {
      this.logger.error({ route: key }, 'route without @Route refused');
      throw forbidden('This route has no authorisation policy.');
    }
    if (!policy.roles.includes(actor.role))
      throw forbidden(`The role ${actor.role} may not ${key}.`);
    if (this.scopes.isGlobal(actor)) return true;
    try {
      for (const touch of policy.touches) await this.requireWithin(actor, touch, request);
    } catch (error) {
      if (!(error instanceof ProjectionsBehind)) throw error;
      throw new ProblemException(
        problem(503, 'projections_behind', error.message, undefined, { retryAfterSeconds: 1 }),
      );
    }
    if (policy.defaultToScope) defaultToScope(request, policy.defaultToScope, actor);
    return true;
  }

  private async requireWithin(actor: Actor, touch: Touch, request: Request): Promise<void> {
    const values = touchedValues(touch, request);
    if (values.length === 0 && touch.ifAbsent === 'global')
      throw outOfScope(`${touch.at} is needed within your scope`);
    const [owner] = touch.of ? touchedValues({ at: touch.of, names: touch.names }, request) : [];
    for (const value of values) {
      if (typeof value !== 'string') continue;
      const named = typeof owner === 'string' ? `${owner}/${value}` : value;
      const place = await this.scopes.placeOf(actor, touch.names, named, streamReadsOf(request));
      if (place === 'outside')
        throw outOfScope(`${touch.names} ${value} (${touch.at}) is not within your scope`);
    }
  }
}

/** A scoped actor's list without the parameter reads its own scope. */
function defaultToScope(request: Request, param: string, actor: Actor): void {
  const query = request.query as Record<string, unknown>;
  if (query[param] !== undefined) return;
  Object.defineProperty(request, 'query', {
    value: { ...query, [param]: actor.scopeUnitId },
    writable: true,
    configurable: true,
  });
}

const forbidden = (detail: string) => new ProblemException(problem(403, 'forbidden', detail));
const outOfScope = (detail: string) => new ProblemException(problem(403, 'out_of_scope', detail));
