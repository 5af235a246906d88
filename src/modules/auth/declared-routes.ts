import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { IS_PUBLIC } from './public.decorator';
import { policyKey } from './route-policy';
import { type RouteDeclaration, routeOf } from './route.decorator';

/** One controller method at one path, with what `@Route` declares of it (if anything). */
export interface DeclaredRoute {
  /** `METHOD /path` as Express registers it under /api/v1 (`/agreements/:id`). */
  key: string;
  controller: Type;
  methodName: string;
  public: boolean;
  declaration: RouteDeclaration | undefined;
}

/**
 * Every route of the controllers of these modules and the modules they import, in the order
 * Nest meets them, read from the decorators alone (no application needed).
 */
export function declaredRoutes(modules: readonly Type[]): DeclaredRoute[] {
  const routes: DeclaredRoute[] = [];
  const seen = new Set<Type>();
  const visit = (module: Type) => {
    if (seen.has(module)) return;
    seen.add(module);
    const imports = (Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []) as Type[];
    const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[];
    for (const controller of controllers) routes.push(...routesOf(controller));
    for (const imported of imports) if (typeof imported === 'function') visit(imported);
  };
  modules.forEach(visit);
  return routes;
}

function routesOf(controller: Type): DeclaredRoute[] {
  const prototype = controller.prototype as Record<string, unknown>;
  const bases = paths(Reflect.getMetadata(PATH_METADATA, controller));
  return Object.getOwnPropertyNames(prototype).flatMap((methodName) => {
    const handler = prototype[methodName];
    if (methodName === 'constructor' || typeof handler !== 'function') return [];
    const own = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
    if (own === undefined) return [];
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    const isPublic =
      Reflect.getMetadata(IS_PUBLIC, handler) === true ||
      Reflect.getMetadata(IS_PUBLIC, controller) === true;
    return bases.flatMap((base) =>
      paths(own).map((path) => ({
        key: policyKey(method, join(base, path)),
        controller,
        methodName,
        public: isPublic,
        declaration: routeOf(handler),
      })),
    );
  });
}

const paths = (value: unknown): string[] =>
  Array.isArray(value) ? (value as string[]) : [typeof value === 'string' ? value : ''];

const join = (...parts: string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/')}`;

/** What `@Route` declares, by `METHOD /path`, for the routes that need a token. */
export function routeDeclarations(modules: readonly Type[]): Record<string, RouteDeclaration> {
  return Object.fromEntries(
    declaredRoutes(modules).flatMap(({ key, declaration }) =>
      declaration ? [[key, declaration]] : [],
    ),
  );
}
