import type { Decider } from '../shared/decider';
import { DomainError } from '../shared/errors';
import type { SchemeCommand } from './commands';
import type { SchemeEvent } from './events';
import { requireOpenYear } from './guards';
import type { AssessmentScheme } from './scheme';
import { withSchemeDefaults } from './scheme-defaults';
import { validateScheme } from './scheme-validation';

export const schemeStreamId = (year: number): string => `scheme-${year}`;

export interface PublishedScheme {
  readonly year: number;
  readonly scheme: AssessmentScheme;
  readonly publishedAt: string;
  readonly version: number;
}

/** The latest published scheme of the year; `null` while none is. */
export type SchemeState = PublishedScheme | null;

export const schemeDecider: Decider<SchemeCommand, SchemeEvent, SchemeState> = {
  initialState: () => null,
  evolve: (_state, event) => ({ ...event.data }),
  decide(command, state) {
    const year = requireOpenYear(command);
    // A document written before a rule was added (overdueProblem) takes the rule's default.
    const scheme = withSchemeDefaults(command.scheme);
    const errors = validateScheme(scheme);
    if (errors.length > 0) {
      throw new DomainError('rule', 'invalid_scheme', 'the scheme is not valid', errors);
    }
    return [
      {
        type: 'SchemePublished',
        data: {
          year,
          scheme: scheme as AssessmentScheme,
          publishedAt: command.now,
          version: (state?.version ?? 0) + 1,
        },
      },
    ];
  },
};
