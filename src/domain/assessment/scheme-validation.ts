import { isIncidentGrade } from '../incidents/grading';
import type { FieldError } from '../shared/errors';
import { isUnitKind } from '../units/codes';
import type { AssessmentScheme, IncidentVetoRule } from './scheme';

type Shape<T> = [T] extends [boolean]
  ? 'flag'
  : [T] extends [number]
    ? 'amount'
    : [T] extends [number | null]
      ? 'cap'
      : [T] extends [readonly IncidentVetoRule[]]
        ? 'vetoRules'
        : { readonly [K in keyof T]-?: Shape<T[K]> };

const capped = { each: 'amount', cap: 'cap' } as const;

const SHAPE: Shape<AssessmentScheme> = {
  tasks: { points: 'amount' },
  outcomes: {
    points: 'amount',
    generalIncident: { base: 'amount', perDeath: 'amount', perSeriousInjury: 'amount' },
    largerOrWorseIncident: 'amount',
    controlIndicatorExceeded: 'amount',
    misreportingFinding: 'amount',
    overdueMajorHazard: capped,
    overdueGeneralHazard: capped,
    overdueProblem: capped,
    rectificationRate: { threshold: 'amount', perPoint: 'amount', cap: 'cap' },
    circular: 'amount',
    interview: 'amount',
  },
  bonus: {
    cap: 'amount',
    commendations: { national: 'amount', provincial: 'amount', municipal: 'amount' },
  },
  grades: { excellent: 'amount', good: 'amount', pass: 'amount' },
  yellowCard: { from: 'amount', below: 'amount' },
  veto: { incidents: 'vetoRules', controlIndicatorExceeded: 'flag', misreportingFinding: 'flag' },
};

type AnyShape = 'flag' | 'amount' | 'cap' | 'vetoRules' | { readonly [key: string]: AnyShape };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isAmount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Field errors of a scheme document; empty when it is a valid `AssessmentScheme`. */
export function validateScheme(input: unknown): FieldError[] {
  const errors = checkShape(input, SHAPE, '');
  return errors.length > 0 ? errors : checkConsistency(input as AssessmentScheme);
}

function checkShape(value: unknown, shape: AnyShape, path: string): FieldError[] {
  const error = (message: string): FieldError[] => [{ field: path || 'scheme', message }];
  switch (shape) {
    case 'amount':
      return isAmount(value) ? [] : error('must be a finite number ≥ 0');
    case 'cap':
      return value === null || isAmount(value)
        ? []
        : error('must be null (no cap) or a finite number ≥ 0');
    case 'flag':
      return typeof value === 'boolean' ? [] : error('must be true or false');
    case 'vetoRules':
      return Array.isArray(value)
        ? value.flatMap((rule, i) => checkVetoRule(rule, `${path}[${i}]`))
        : error('must be a list of veto rules');
  }
  if (!isRecord(value)) return error('must be an object');
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const unknown = Object.keys(value)
    .filter((key) => !Object.hasOwn(shape, key))
    .map((key) => ({ field: at(key), message: 'is not a field of the scheme' }));
  const fields = Object.entries(shape).flatMap(([key, sub]) =>
    Object.hasOwn(value, key)
      ? checkShape(value[key], sub, at(key))
      : [{ field: at(key), message: 'is required' }],
  );
  return [...unknown, ...fields];
}

function checkVetoRule(rule: unknown, path: string): FieldError[] {
  if (!isRecord(rule)) return [{ field: path, message: 'must be an object' }];
  const errors: FieldError[] = Object.keys(rule)
    .filter((key) => !['kinds', 'minGrade', 'count'].includes(key))
    .map((key) => ({ field: `${path}.${key}`, message: 'is not a field of a veto rule' }));
  const { kinds, minGrade, count } = rule;
  if (!Array.isArray(kinds) || kinds.length === 0 || !kinds.every(isUnitKind)) {
    errors.push({ field: `${path}.kinds`, message: 'must be a non-empty list of unit kinds' });
  } else if (new Set(kinds).size !== kinds.length) {
    errors.push({ field: `${path}.kinds`, message: 'must not repeat a unit kind' });
  }
  if (typeof minGrade !== 'string' || !isIncidentGrade(minGrade)) {
    errors.push({ field: `${path}.minGrade`, message: 'must be an incident grade' });
  }
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    errors.push({ field: `${path}.count`, message: 'must be a positive integer' });
  }
  return errors;
}

function checkConsistency(scheme: AssessmentScheme): FieldError[] {
  const rules: Array<[boolean, string, string]> = [
    [scheme.tasks.points > 0, 'tasks.points', 'must be greater than 0'],
    [scheme.outcomes.points > 0, 'outcomes.points', 'must be greater than 0'],
    [
      scheme.outcomes.rectificationRate.threshold <= 100,
      'outcomes.rectificationRate.threshold',
      'is a percentage, at most 100',
    ],
    [scheme.grades.excellent > scheme.grades.good, 'grades.excellent', 'must be above grades.good'],
    [scheme.grades.good > scheme.grades.pass, 'grades.good', 'must be above grades.pass'],
    [
      scheme.yellowCard.from < scheme.yellowCard.below,
      'yellowCard.below',
      'must be above yellowCard.from',
    ],
  ];
  return rules.filter(([ok]) => !ok).map(([, field, message]) => ({ field, message }));
}
