import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiDocs,
  type ExampleStep,
  type OperationExamples,
} from '../../infrastructure/http/openapi/operation-docs';
import type { AnswerName, ApiAnswers } from '../contract/api-answers';
import { Public } from './public.decorator';
import type { RoutePolicy } from './route-policy';

export const ROUTE = 'auth:route';

/** The words of a route in the API document. */
export interface RouteDocs {
  /** With the Chinese term where the domain has one. */
  summary: string;
  /** The JSON answer, by its name in `ApiAnswers` (absent for a file or an event stream). */
  answer?: AnswerName;
  /** One example, or the steps of the worked example this route takes part in. */
  examples?: OperationExamples | readonly ExampleStep[];
  /** What a body without a DTO class holds (one the domain validates). */
  body?: string;
  /** The answer is a stream of server-sent events: what each one holds. */
  events?: string;
}

/** Everything said of a route, in one place: who may call it, what it touches, how it reads. */
export type RouteDeclaration = RoutePolicy & RouteDocs;

/** A method whose answer must be (a promise of) `A`: the compiler checks it where it is typed. */
type Answering<A> = <M extends (...args: never[]) => A | Promise<A>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<M>,
) => void;

const declare = (declaration: RouteDeclaration): MethodDecorator =>
  applyDecorators(
    SetMetadata(ROUTE, declaration),
    ApiDocs({
      summary: declaration.summary,
      answer: declaration.answer,
      roles: declaration.roles,
      examples: declaration.examples,
      body: declaration.body,
      events: declaration.events,
    }),
  );

/**
 * Declares a controller method's route: its roles and the units it touches (read by the
 * authorization guard and the scope filter), its summary, answer and examples (read by the
 * OpenAPI document). A method without it is refused (403) and fails the route tests.
 */
export function Route<A extends AnswerName>(
  declaration: RouteDeclaration & { answer: A },
): Answering<ApiAnswers[A]>;
export function Route(declaration: RouteDeclaration & { answer?: undefined }): MethodDecorator;
export function Route(declaration: RouteDeclaration): MethodDecorator {
  return declare(declaration);
}

/** A route that needs no token (health only). */
export const PublicRoute = (docs: RouteDocs): MethodDecorator =>
  applyDecorators(Public(), ApiDocs({ ...docs, public: true }));

export const routeOf = (handler: object): RouteDeclaration | undefined =>
  Reflect.getMetadata(ROUTE, handler) as RouteDeclaration | undefined;
