import type { Touch } from './route-policy';

/** The parts of a request a touch can name, as Express parsed them (not yet validated). */
export interface RequestParts {
  params: unknown;
  query: unknown;
  body: unknown;
}

/**
 * The values a request carries at `touch.at` (every item of each `[]` list, and of a list found
 * where one value was expected): absent when none is there, or `touch.when` does not hold. Only
 * the strings among them name anything; the validation refuses the others after the guard.
 */
export function touchedValues(touch: Touch, request: RequestParts): unknown[] {
  if (touch.when && !valuesAt(touch.when.at, request).includes(touch.when.is)) return [];
  return valuesAt(touch.at, request);
}

function valuesAt(at: string, request: RequestParts): unknown[] {
  const [part, ...path] = at.split('.');
  let values: unknown[] = [request[part as keyof RequestParts]];
  for (const step of path) {
    const name = step.replace(/\[\]$/, '');
    values = values.flatMap((value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
      return Object.hasOwn(value, name) ? [(value as Record<string, unknown>)[name]] : [];
    });
    if (step.endsWith('[]'))
      values = values.flatMap((value) => (Array.isArray(value) ? value : []));
  }
  return values
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value) => value !== undefined && value !== null);
}
