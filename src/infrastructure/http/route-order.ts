import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/** A route as Express registered it: `GET`, `/api/v1/agreements/:id`. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

const isParameter = (segment: string): boolean => /[:*]/.test(segment);
const segmentsOf = (path: string): string[] => path.split('/').filter((part) => part !== '');

/** True when the earlier route's parameter takes the static segment the later route needs. */
function answers(earlier: RegisteredRoute, later: RegisteredRoute): boolean {
  if (earlier.method !== later.method && earlier.method !== 'ALL') return false;
  const first = segmentsOf(earlier.path);
  const second = segmentsOf(later.path);
  if (first.length !== second.length) return false;
  const takes = (segment: string, i: number) => isParameter(segment) && !isParameter(second[i]);
  return (
    first.every((segment, i) => segment === second[i] || takes(segment, i)) && first.some(takes)
  );
}

/**
 * The routes that can never answer, as Express tries routes in the order they were registered:
 * a static segment after a parameter route that takes it (`GET /agreements/coverage` after
 * `GET /agreements/:id`). The same path twice is left alone (a path served with and without
 * its trailing slash, or two methods' handler chains).
 */
export function shadowedRoutes(routes: readonly RegisteredRoute[]): string[] {
  const name = (route: RegisteredRoute) => `${route.method} ${route.path}`;
  return routes.flatMap((later, i) => {
    const earlier = routes.slice(0, i).find((route) => answers(route, later));
    return earlier ? [`${name(later)} is registered after ${name(earlier)}, which takes it`] : [];
  });
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** The routes of an Express application, in the order it tries them. */
export function expressRoutes(express: unknown): RegisteredRoute[] {
  const app = express as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = (app.router ?? app._router)?.stack ?? [];
  return stack.flatMap(({ route }) =>
    route
      ? [route.path].flat().flatMap((path) =>
          Object.keys(route.methods).map((method) => ({
            method: method === '_all' ? 'ALL' : method.toUpperCase(),
            path,
          })),
        )
      : [],
  );
}

/**
 * Refuses to start an HTTP application in which a route can never answer because Nest registered
 * a broader one first (module and controller order decide). Without HTTP (the CLI) it does nothing.
 */
@Injectable()
export class RouteOrderCheck implements OnApplicationBootstrap {
  constructor(private readonly host: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const adapter = this.host.httpAdapter as { getInstance(): unknown } | undefined;
    if (!adapter) return;
    const shadowed = shadowedRoutes(expressRoutes(adapter.getInstance()));
    if (shadowed.length > 0) {
      throw new Error(`Routes that can never answer:\n${shadowed.join('\n')}`);
    }
  }
}
