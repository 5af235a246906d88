import { type AssessmentScheme, DEFAULT_SCHEME } from './scheme';
import type { SchemeState } from './scheme-decider';

export interface SchemeView {
  year: number;
  /** True when no scheme is published for the year and the default applies. */
  default: boolean;
  version: number | null;
  publishedAt: string | null;
  scheme: AssessmentScheme;
}

/** The scheme in force for a year: the latest published, else the default. */
export function schemeInForce(state: SchemeState): AssessmentScheme {
  return state?.scheme ?? DEFAULT_SCHEME;
}

export function toSchemeView(year: number, state: SchemeState): SchemeView {
  return {
    year,
    default: state === null,
    version: state?.version ?? null,
    publishedAt: state?.publishedAt ?? null,
    scheme: schemeInForce(state),
  };
}
