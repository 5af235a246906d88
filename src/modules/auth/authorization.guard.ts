import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Logger } from 'pino';
import { agreementsProjection, type AgreementDoc } from '../../../projections/agreements';
import { problem, ProblemException } from '../../infrastructure/http/problem';
import { LOGGER } from '../../infrastructure/logging/logger';
import { ReadModels } from '../../infrastructure/projections/read-models';
import type { Actor, ActorRequest } from '../shared/actor';
import { policyKey, ROUTE_POLICIES, type RoutePolicy, type ScopeRule } from './policy';
import { IS_PUBLIC } from './public.decorator';
import { ScopeService } from './scope.service';

type AuthorizedRequest = Request & ActorRequest & { policy?: RoutePolicy };

/** 403 unless the route's policy allows the actor's role and every unit concerned is in scope. */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly scopes: ScopeService,
    private readonly readModels: ReadModels,
    @Inject(LOGGER) private readonly logger: Logger,
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
    const request = context.switchToHttp().getRequest<AuthorizedRequest>();
    const actor = request.actor!;
    const key = policyKey(
      request.method,
      (request.route as { path?: string } | undefined)?.path ?? request.path,
    );
    const policy = ROUTE_POLICIES[key];
    if (!policy) {
      this.logger.error({ route: key }, 'route without an authorisation policy refused');
      throw forbidden('This route has no authorisation policy.');
    }
    if (!policy.roles.includes(actor.role))
      throw forbidden(`The role ${actor.role} may not ${key}.`);
    request.policy = policy;
    if (this.scopes.isGlobal(actor)) return true;
    await this.checkScope(actor, policy.scope, request);
    return true;
  }

  private async checkScope(
    actor: Actor,
    rule: ScopeRule,
    request: AuthorizedRequest,
  ): Promise<void> {
    switch (rule.from) {
      case 'none':
        return;
      case 'body': {
        const body = (request.body ?? {}) as Record<string, unknown>;
        for (const field of rule.fields) {
          const value = body[field];
          if (value === undefined && rule.absent === 'global')
            throw outOfScope(`${field} is needed within your scope`);
          if (typeof value === 'string') await this.requireInScope(actor, value);
        }
        return;
      }
      case 'param': {
        const id = String(request.params[rule.param]);
        const unitId = rule.stream(id).startsWith('unit-')
          ? id
          : await this.scopes.unitOfStream(rule.stream(id));
        // An unknown resource is left to the handler (404), so existence is not hidden behind 403.
        if (unitId === null) {
          if (rule.param === 'streamId') throw outOfScope('this stream is not within your scope');
          return;
        }
        await this.requireInScope(actor, unitId);
        return;
      }
      case 'query': {
        const query = { ...(request.query as Record<string, unknown>) };
        for (const param of rule.params) {
          const value = query[param];
          if (typeof value === 'string') await this.requireInScope(actor, value);
        }
        if (rule.defaultTo && query[rule.defaultTo] === undefined) {
          query[rule.defaultTo] = actor.scopeUnitId;
          Object.defineProperty(request, 'query', {
            value: query,
            writable: true,
            configurable: true,
          });
        }
        return;
      }
      case 'year':
        return this.requireYearInScope(actor, Number(request.params.year));
    }
  }

  private async requireInScope(actor: Actor, unitId: string): Promise<void> {
    if (!(await this.scopes.inScope(actor, unitId)))
      throw outOfScope(`unit ${unitId} is not within your scope`);
  }

  /** A year-level action needs a top-level scope containing every assessed unit of the year. */
  private async requireYearInScope(actor: Actor, year: number): Promise<void> {
    const path = await this.scopes.unitPath(actor.scopeUnitId!);
    if (!path || path.length !== 1)
      throw outOfScope('a year-level action needs the top-level unit as scope');
    const agreements = await this.readModels.find<AgreementDoc>(
      agreementsProjection,
      'agreements',
      {
        where: { year, status: 'active' },
      },
    );
    for (const agreement of agreements)
      await this.requireInScope(actor, agreement.responsibleUnitId);
  }
}

const forbidden = (detail: string) => new ProblemException(problem(403, 'forbidden', detail));
const outOfScope = (detail: string) => new ProblemException(problem(403, 'out_of_scope', detail));
