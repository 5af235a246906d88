import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiDocs, type OperationExamples } from '../../infrastructure/http/openapi/operation-docs';
import { Public } from './public.decorator';
import type { RoutePolicy } from './route-policy';

export const ROUTE = 'auth:route';

/** The words of a route in the API document. */
export interface RouteDocs {
  /** With the Chinese term where the domain has one. */
  summary: string;
  examples?: OperationExamples;
  /** What a body without a DTO class holds (one the domain validates). */
  body?: string;
  /** The answer is a stream of server-sent events: what each one holds. */
  events?: string;
}

/** Everything said of a route, in one place: who may call it, what it touches, how it reads. */
export type RouteDeclaration = RoutePolicy & RouteDocs;

/**
 * Declares a controller method's route: its roles and the units it touches (read by the
 * authorization guard and the scope filter) and its summary and examples (read by the OpenAPI
 * document). A method without it is refused (403) and fails the route tests.
 */
export const Route = (declaration: RouteDeclaration): MethodDecorator =>
  applyDecorators(
    SetMetadata(ROUTE, declaration),
    ApiDocs({
      summary: declaration.summary,
      roles: declaration.roles,
      examples: declaration.examples,
      body: declaration.body,
      events: declaration.events,
    }),
  );

/** A route that needs no token (health only). */
export const PublicRoute = (docs: RouteDocs): MethodDecorator =>
  applyDecorators(Public(), ApiDocs({ ...docs, public: true }));

export const routeOf = (handler: object): RouteDeclaration | undefined =>
  Reflect.getMetadata(ROUTE, handler) as RouteDeclaration | undefined;
