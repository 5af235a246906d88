import type { NextFunction, Request, Response } from 'express';
import { badRequest } from './problem';

export const MAX_JSON_DEPTH = 32;

/** Depth of nested arrays and objects, measured without recursion. */
export function jsonDepth(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(current as object)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Refuses bodies nested deeper than any request of the API needs, before anything walks them. */
export function rejectDeepJson(maxDepth = MAX_JSON_DEPTH) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    if (jsonDepth(request.body, maxDepth) > maxDepth) {
      next(badRequest(`The request body is nested deeper than ${maxDepth} levels.`));
      return;
    }
    next();
  };
}
