import type { FieldError } from '../../domain/shared/errors';
import { badRequest } from '../../infrastructure/http/problem';
import { MAX_ARRAY, MAX_STRING } from '../shared/validators';

const MAX_DEPTH = 16;

/**
 * A scheme document is free-form data that the domain validates (422 with field errors);
 * here only what every body must be: a JSON object within the API's limits (else 400).
 */
export function requireSchemeDocument(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The scheme must be a JSON object.', [
      { field: 'scheme', message: 'must be a JSON object' },
    ]);
  }
  const errors = limitErrors(body, '', 0);
  if (errors.length > 0) throw badRequest('The request is invalid.', errors.slice(0, 100));
  return body as Record<string, unknown>;
}

function limitErrors(value: unknown, path: string, depth: number): FieldError[] {
  const field = path || 'scheme';
  if (typeof value === 'string') {
    return value.length > MAX_STRING
      ? [{ field, message: `must be at most ${MAX_STRING} characters` }]
      : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  if (depth >= MAX_DEPTH) return [{ field, message: `is nested too deeply` }];
  if (Array.isArray(value)) {
    if (value.length > MAX_ARRAY)
      return [{ field, message: `must have at most ${MAX_ARRAY} items` }];
    return value.flatMap((item, i) => limitErrors(item, `${path}[${i}]`, depth + 1));
  }
  return Object.entries(value).flatMap(([key, item]) =>
    limitErrors(item, path ? `${path}.${key}` : key, depth + 1),
  );
}
