import { type AssessmentScheme, type CappedDeduction, DEFAULT_SCHEME } from './scheme';

/** The outcome rules added after schemes were first published, with their default weights. */
const ADDED_OUTCOME_RULES: Readonly<Record<string, CappedDeduction>> = {
  overdueProblem: DEFAULT_SCHEME.outcomes.overdueProblem,
} satisfies Partial<AssessmentScheme['outcomes']>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A scheme document with the rules added since it may have been written filled in at their
 * default weights (a document that names them keeps its own). Anything else is left as it is,
 * for the validation to judge.
 */
export function withSchemeDefaults(document: unknown): unknown {
  if (!isRecord(document) || !isRecord(document.outcomes)) return document;
  const missing = Object.entries(ADDED_OUTCOME_RULES).filter(
    ([rule]) => !Object.hasOwn(document.outcomes as object, rule),
  );
  if (missing.length === 0) return document;
  return {
    ...document,
    outcomes: {
      ...document.outcomes,
      ...Object.fromEntries(missing.map(([k, v]) => [k, { ...v }])),
    },
  };
}
