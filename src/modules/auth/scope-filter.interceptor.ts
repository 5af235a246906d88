import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import type { Actor, ActorRequest } from '../shared/actor';
import type { RoutePolicy } from './route-policy';
import { routeOf } from './route.decorator';
import { ScopeService } from './scope.service';

/** Drops the items of a list read that concern units outside the actor's scope. */
@Injectable()
export class ScopeFilterInterceptor implements NestInterceptor {
  constructor(private readonly scopes: ScopeService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const list = routeOf(context.getHandler())?.list;
    const actor = context.switchToHttp().getRequest<ActorRequest>().actor;
    if (!list || !actor || this.scopes.isGlobal(actor)) return next.handle();
    return next.handle().pipe(mergeMap((body) => from(this.filter(body, actor, list))));
  }

  private async filter(
    body: unknown,
    actor: Actor,
    list: NonNullable<RoutePolicy['list']>,
  ): Promise<unknown> {
    const keep = async (item: Record<string, unknown>): Promise<boolean> => {
      const unitId = item[list.field];
      return typeof unitId === 'string' && (await this.scopes.inScope(actor, unitId));
    };
    const filterItems = async (items: Record<string, unknown>[]) => {
      const kept = await Promise.all(items.map(keep));
      return items.filter((_, i) => kept[i]);
    };
    if (Array.isArray(body)) return filterItems(body);
    if (body && typeof body === 'object') {
      const record = body as Record<string, unknown>;
      for (const key of ['items', 'units']) {
        if (Array.isArray(record[key])) {
          return { ...record, [key]: await filterItems(record[key] as Record<string, unknown>[]) };
        }
      }
    }
    return body;
  }
}
