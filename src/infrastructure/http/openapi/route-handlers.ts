import type { INestApplication } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';

type Class = abstract new (...args: never[]) => unknown;

/** What a controller method declares about its request, read from Nest's own route metadata. */
export interface RouteHandler {
  controller: Class;
  methodName: string;
  handler: (...args: unknown[]) => unknown;
  /** The `@Body()` DTO class (absent for none, a named field, or an untyped body). */
  body?: Class;
  /** True when the method takes a `@Body()` at all (typed or not). */
  takesBody: boolean;
  /** `@Query()` DTO classes. */
  queries: Class[];
  /** `@Param(name, ...pipes)`: the pipes (classes or instances) per path parameter. */
  params: Record<string, unknown[]>;
  /** True when the method writes the response itself (`@Res()`). */
  writesResponse: boolean;
}

interface RouteArg {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

/** The operation id the document uses for a controller method. */
export const operationIdOf = (controllerName: string, methodName: string): string =>
  `${controllerName}_${methodName}`;

/** Every controller route handler of the application, by operation id. */
export function routeHandlers(app: INestApplication): Map<string, RouteHandler> {
  const scanner = new MetadataScanner();
  const found = new Map<string, RouteHandler>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Class | null;
      if (!controller || typeof controller !== 'function') continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const methodName of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[methodName] as RouteHandler['handler'];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        found.set(operationIdOf(controller.name, methodName), describe(controller, methodName));
      }
    }
  }
  return found;
}

function describe(controller: Class, methodName: string): RouteHandler {
  const prototype = controller.prototype as Record<string, unknown>;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, methodName) ?? {}) as Record<
    string,
    RouteArg
  >;
  const types = (Reflect.getMetadata('design:paramtypes', prototype, methodName) ??
    []) as unknown[];
  const route: RouteHandler = {
    controller,
    methodName,
    handler: prototype[methodName] as RouteHandler['handler'],
    takesBody: false,
    queries: [],
    params: {},
    writesResponse: false,
  };
  for (const [key, arg] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const type = dtoClass(types[arg.index]);
    switch (kind) {
      case RouteParamtypes.BODY:
        route.takesBody = true;
        if (arg.data === undefined && type) route.body = type;
        break;
      case RouteParamtypes.QUERY:
        if (arg.data === undefined && type) route.queries.push(type);
        break;
      case RouteParamtypes.PARAM:
        if (typeof arg.data === 'string') route.params[arg.data] = arg.pipes ?? [];
        break;
      case RouteParamtypes.RESPONSE:
        route.writesResponse = true;
        break;
    }
  }
  return route;
}

/** A class worth describing: not a primitive wrapper, Object, Array or a type-only import. */
function dtoClass(type: unknown): Class | undefined {
  if (typeof type !== 'function') return undefined;
  if ([Object, String, Number, Boolean, Array, Function, Promise].includes(type as never)) {
    return undefined;
  }
  return type as Class;
}
