import type { FieldError } from '../../domain/shared/errors';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problem(
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    type: `urn:safety:problem:${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...extensions,
  };
}

/** Thrown by controllers and handlers for a problem they have already classified. */
export class ProblemException extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemException';
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new ProblemException(problem(400, 'invalid_input', detail, errors));
export const notFoundProblem = (detail: string) =>
  new ProblemException(problem(404, 'not_found', detail));
export const conflictProblem = (code: string, detail: string) =>
  new ProblemException(problem(409, code, detail));
export const unprocessable = (code: string, detail: string, errors?: FieldError[]) =>
  new ProblemException(problem(422, code, detail, errors));
