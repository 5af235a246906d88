import type { FieldError } from '../../domain/shared/errors';

/**
 * Characters no request may carry: Unicode non-characters (U+FDD0–U+FDEF and the last two code
 * points of every plane), lone surrogates, and control characters other than tab, line feed and
 * carriage return. XML (the workbook) cannot carry most of them and none of them is text.
 */
const UNSAFE_CHARACTER = /[\p{Noncharacter_Code_Point}\p{Cs}]|(?![\t\n\r])\p{Cc}/u;
const UNSAFE_CHARACTERS = new RegExp(UNSAFE_CHARACTER.source, 'gu');

/** Keys that name the prototype machinery of JavaScript objects, never data. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const MAX_REPORTED = 10;

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function kindOf(character: string): string {
  if (/\p{Cs}/u.test(character)) return 'a lone surrogate';
  if (/\p{Cc}/u.test(character)) return 'a control character';
  return 'a Unicode non-character';
}

/** Why the text is refused, e.g. `contains U+FFFF (a Unicode non-character)`; undefined when safe. */
export function unsafeCharacterIn(text: string): string | undefined {
  const found = UNSAFE_CHARACTER.exec(text);
  return found ? `contains ${codePoint(found[0])} (${kindOf(found[0])})` : undefined;
}

/** The text with each unsafe character replaced by U+FFFD, for output of text stored earlier. */
export const withoutUnsafeCharacters = (text: string): string =>
  text.replace(UNSAFE_CHARACTERS, '\uFFFD');

/**
 * Every refused string and key in a parsed JSON value or query, as field errors naming the path
 * (`tasks.1.title`), at most ten. Walks without recursion.
 */
export function unsafeInputErrors(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0 && errors.length < MAX_REPORTED) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      const problem = unsafeCharacterIn(current);
      if (problem) errors.push(fieldError(path || 'body', problem));
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    const entries = Object.entries(current as object);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const childPath = path ? `${path}.${key}` : key;
      const keyProblem = FORBIDDEN_KEYS.has(key)
        ? 'is a key no request may use'
        : unsafeCharacterIn(key);
      if (keyProblem) errors.push(fieldError(childPath, keyProblem));
      else stack.push([child, childPath]);
    }
  }
  return errors.slice(0, MAX_REPORTED);
}

const fieldError = (path: string, problem: string): FieldError => {
  const field = withoutUnsafeCharacters(path);
  return { field, message: `${field} ${problem}` };
};
