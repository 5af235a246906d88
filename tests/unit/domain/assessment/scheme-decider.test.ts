import type { PublishScheme } from '../../../../src/domain/assessment/commands';
import type { SchemePublished } from '../../../../src/domain/assessment/events';
import { DEFAULT_SCHEME } from '../../../../src/domain/assessment/scheme';
import { schemeDecider, schemeStreamId } from '../../../../src/domain/assessment/scheme-decider';
import { schemeInForce, toSchemeView } from '../../../../src/domain/assessment/scheme-view';
import { DomainError } from '../../../../src/domain/shared/errors';
import { spec } from '../decider-spec';

const NOW = '2025-02-01T00:00:00.000Z';
const stricter = {
  ...DEFAULT_SCHEME,
  tasks: { points: 50 },
  outcomes: { ...DEFAULT_SCHEME.outcomes, points: 50 },
};

const publish = (overrides: Partial<PublishScheme> = {}): PublishScheme => ({
  type: 'PublishScheme',
  year: 2025,
  scheme: stricter,
  yearFinalized: false,
  now: NOW,
  ...overrides,
});

const published = (version: number, scheme = stricter): SchemePublished => ({
  type: 'SchemePublished',
  data: { year: 2025, scheme, publishedAt: NOW, version },
});

describe('publishing a scheme', () => {
  it('names the stream scheme-<year>', () => {
    expect(schemeStreamId(2025)).toBe('scheme-2025');
  });

  it('publishes the first version at now', () => {
    spec(schemeDecider)
      .given([])
      .when(publish())
      .then([published(1)]);
  });

  it('replaces the scheme with a new version', () => {
    spec(schemeDecider)
      .given([published(1)])
      .when(publish({ scheme: DEFAULT_SCHEME }))
      .then([published(2, DEFAULT_SCHEME)]);
  });

  it('refuses publishing once the year is finalised', () => {
    spec(schemeDecider)
      .given([published(1)])
      .when(publish({ yearFinalized: true }))
      .thenThrows('state', 'year_finalized');
  });

  it('takes a document written before overdueProblem existed, at its default weight', () => {
    const { overdueProblem: _, ...outcomes } = stricter.outcomes;
    spec(schemeDecider)
      .given([])
      .when(publish({ scheme: { ...stricter, outcomes } }))
      .then([published(1)]);
  });

  it('keeps a weight the document gives, and refuses a malformed one', () => {
    const off = {
      ...stricter,
      outcomes: { ...stricter.outcomes, overdueProblem: { each: 0, cap: null } },
    };
    spec(schemeDecider)
      .given([])
      .when(publish({ scheme: off }))
      .then([published(1, off)]);
    const bad = {
      ...stricter,
      outcomes: { ...stricter.outcomes, overdueProblem: { each: -1, cap: 5 } },
    };
    spec(schemeDecider)
      .given([])
      .when(publish({ scheme: bad }))
      .thenThrows('rule', 'invalid_scheme');
  });

  it('refuses an invalid scheme with its field errors', () => {
    const invalid = { ...stricter, tasks: { points: 0 } };
    spec(schemeDecider)
      .given([])
      .when(publish({ scheme: invalid }))
      .thenThrows('rule', 'invalid_scheme');
    const refusal = (() => {
      try {
        return schemeDecider.decide(publish({ scheme: invalid }), null);
      } catch (error) {
        return error as DomainError;
      }
    })();
    expect(refusal).toMatchObject({
      errors: [{ field: 'tasks.points', message: 'must be greater than 0' }],
    });
  });

  it('refuses a year outside 2000..2100', () => {
    spec(schemeDecider)
      .given([])
      .when(publish({ year: 1999 }))
      .thenThrows('rule', 'invalid_year');
  });
});

describe('the scheme in force', () => {
  it('is the default while none is published', () => {
    expect(schemeInForce(null)).toBe(DEFAULT_SCHEME);
    expect(toSchemeView(2025, null)).toEqual({
      year: 2025,
      default: true,
      version: null,
      publishedAt: null,
      scheme: DEFAULT_SCHEME,
    });
  });

  it('is the latest published one', () => {
    const { state } = spec(schemeDecider).given([published(1, DEFAULT_SCHEME), published(2)]);
    expect(toSchemeView(2025, state)).toEqual({
      year: 2025,
      default: false,
      version: 2,
      publishedAt: NOW,
      scheme: stricter,
    });
  });
});
