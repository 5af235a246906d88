import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from '../../domain/shared/errors';
import { badRequest } from './problem';
import { unsafeCharacterIn, unsafeInputErrors } from './safe-text';

function pathErrors(path: string): FieldError[] {
  return path
    .split('/')
    .map((segment) => {
      try {
        return unsafeCharacterIn(decodeURIComponent(segment));
      } catch {
        return undefined;
      }
    })
    .filter((problem) => problem !== undefined)
    .map((problem) => ({ field: 'path', message: `path ${problem}` }));
}

/**
 * Refuses, for every route, a request whose path, query or JSON body carries a character or key
 * that safe-text.ts refuses: 400 naming each field, before any handler sees the request.
 */
export function rejectUnsafeInput() {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const errors = [
      ...pathErrors(request.path),
      ...unsafeInputErrors(request.query),
      ...unsafeInputErrors(request.body),
    ];
    if (errors.length > 0) {
      next(badRequest('The request carries characters or keys that are not allowed.', errors));
      return;
    }
    next();
  };
}
