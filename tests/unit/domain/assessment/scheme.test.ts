import { DEFAULT_SCHEME, validateScheme } from '../../../../src/domain/assessment/scheme';

type Json = Record<string, unknown>;

const REMOVE = Symbol('remove');

const clone = (): Json => JSON.parse(JSON.stringify(DEFAULT_SCHEME)) as Json;

const fieldsOf = (input: unknown): string[] => validateScheme(input).map((e) => e.field);

/** The fields in error after setting (or removing) values at dotted paths of the default. */
const withValues = (values: Record<string, unknown>): string[] => {
  const scheme = clone();
  for (const [path, value] of Object.entries(values)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((o, key) => o[key] as Json, scheme);
    if (value === REMOVE) delete parent[last];
    else
      Object.defineProperty(parent, last, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return fieldsOf(scheme);
};

describe('the default scheme', () => {
  it('has the points of DOMAIN.md', () => {
    expect(DEFAULT_SCHEME.tasks.points).toBe(60);
    expect(DEFAULT_SCHEME.outcomes).toEqual({
      points: 40,
      generalIncident: { base: 2, perDeath: 2, perSeriousInjury: 0.5 },
      largerOrWorseIncident: 10,
      controlIndicatorExceeded: 5,
      misreportingFinding: 10,
      overdueMajorHazard: { each: 3, cap: null },
      overdueGeneralHazard: { each: 0.2, cap: 5 },
      overdueProblem: { each: 1, cap: 5 },
      rectificationRate: { threshold: 95, perPoint: 1, cap: 10 },
      circular: 2,
      interview: 1,
    });
    expect(DEFAULT_SCHEME.bonus).toEqual({
      cap: 5,
      commendations: { national: 2, provincial: 1, municipal: 0.5 },
    });
    expect(DEFAULT_SCHEME.grades).toEqual({ excellent: 90, good: 80, pass: 60 });
    expect(DEFAULT_SCHEME.yellowCard).toEqual({ from: 60, below: 70 });
  });

  it('has the vetoes of DOMAIN.md by unit kind', () => {
    expect(DEFAULT_SCHEME.veto).toEqual({
      incidents: [
        {
          kinds: ['town', 'village', 'park', 'department', 'enterprise'],
          minGrade: 'larger',
          count: 1,
        },
        { kinds: ['district'], minGrade: 'major', count: 1 },
        { kinds: ['district'], minGrade: 'larger', count: 3 },
        { kinds: ['city'], minGrade: 'especially_major', count: 1 },
        { kinds: ['city'], minGrade: 'major', count: 2 },
      ],
      controlIndicatorExceeded: true,
      misreportingFinding: true,
    });
  });

  it('is valid, also after a JSON round trip', () => {
    expect(validateScheme(DEFAULT_SCHEME)).toEqual([]);
    expect(validateScheme(clone())).toEqual([]);
  });
});

describe('validating a scheme', () => {
  it('refuses something that is not an object', () => {
    for (const input of [null, [], 'scheme', 60]) {
      expect(fieldsOf(input)).toEqual(['scheme']);
    }
  });

  it('refuses negative, non-finite and non-numeric points', () => {
    expect(withValues({ 'outcomes.circular': -1 })).toEqual(['outcomes.circular']);
    expect(withValues({ 'outcomes.generalIncident.perDeath': Number.NaN })).toEqual([
      'outcomes.generalIncident.perDeath',
    ]);
    expect(withValues({ 'bonus.commendations.national': Number.POSITIVE_INFINITY })).toEqual([
      'bonus.commendations.national',
    ]);
    expect(withValues({ 'grades.pass': '60' })).toEqual(['grades.pass']);
  });

  it('accepts zero points for a deduction', () => {
    expect(withValues({ 'outcomes.interview': 0 })).toEqual([]);
  });

  it('accepts no cap (null) or a cap ≥ 0, and refuses a negative cap', () => {
    expect(withValues({ 'outcomes.overdueGeneralHazard.cap': null })).toEqual([]);
    expect(withValues({ 'outcomes.overdueMajorHazard.cap': 0 })).toEqual([]);
    expect(withValues({ 'outcomes.rectificationRate.cap': -0.5 })).toEqual([
      'outcomes.rectificationRate.cap',
    ]);
    expect(withValues({ 'bonus.cap': null })).toEqual(['bonus.cap']);
  });

  it('refuses a missing field and an unknown field', () => {
    expect(withValues({ 'outcomes.misreportingFinding': REMOVE })).toEqual([
      'outcomes.misreportingFinding',
    ]);
    expect(withValues({ 'outcomes.penaltyPoints': 1 })).toEqual(['outcomes.penaltyPoints']);
    expect(withValues({ constructor: 1 })).toEqual(['constructor']);
  });

  it('reports every broken field at once', () => {
    expect(withValues({ 'tasks.points': -1, 'veto.misreportingFinding': 'yes' })).toEqual([
      'tasks.points',
      'veto.misreportingFinding',
    ]);
  });

  it('requires both sections to be worth more than 0', () => {
    expect(withValues({ 'tasks.points': 0 })).toEqual(['tasks.points']);
    expect(withValues({ 'outcomes.points': 0 })).toEqual(['outcomes.points']);
  });

  it('requires excellent > good > pass', () => {
    expect(withValues({ 'grades.good': 90 })).toEqual(['grades.excellent']);
    expect(withValues({ 'grades.pass': 80 })).toEqual(['grades.good']);
    expect(withValues({ 'grades.excellent': 95, 'grades.good': 85, 'grades.pass': 70 })).toEqual(
      [],
    );
  });

  it('requires a non-empty yellow card range', () => {
    expect(withValues({ 'yellowCard.below': 60 })).toEqual(['yellowCard.below']);
  });

  it('keeps the rectification threshold a percentage', () => {
    expect(withValues({ 'outcomes.rectificationRate.threshold': 100 })).toEqual([]);
    expect(withValues({ 'outcomes.rectificationRate.threshold': 100.1 })).toEqual([
      'outcomes.rectificationRate.threshold',
    ]);
  });

  it('refuses veto rules with unknown kinds, grades or counts', () => {
    const rule = (r: Record<string, unknown>) => withValues({ 'veto.incidents': [r] });
    expect(rule({ kinds: ['county'], minGrade: 'larger', count: 1 })).toEqual([
      'veto.incidents[0].kinds',
    ]);
    expect(rule({ kinds: [], minGrade: 'larger', count: 1 })).toEqual(['veto.incidents[0].kinds']);
    expect(rule({ kinds: ['town', 'town'], minGrade: 'larger', count: 1 })).toEqual([
      'veto.incidents[0].kinds',
    ]);
    expect(rule({ kinds: ['town'], minGrade: 'serious', count: 1 })).toEqual([
      'veto.incidents[0].minGrade',
    ]);
    expect(rule({ kinds: ['town'], minGrade: 'larger', count: 0 })).toEqual([
      'veto.incidents[0].count',
    ]);
    expect(rule({ kinds: ['town'], minGrade: 'larger', count: 1.5 })).toEqual([
      'veto.incidents[0].count',
    ]);
    expect(rule({ kinds: ['town'], minGrade: 'larger', count: 1, extra: true })).toEqual([
      'veto.incidents[0].extra',
    ]);
    expect(withValues({ 'veto.incidents': 'all' })).toEqual(['veto.incidents']);
  });

  it('accepts a scheme without incident vetoes and with vetoes switched off', () => {
    expect(
      withValues({
        'veto.incidents': [],
        'veto.controlIndicatorExceeded': false,
        'veto.misreportingFinding': false,
      }),
    ).toEqual([]);
  });

  it('explains each error', () => {
    const scheme = { ...DEFAULT_SCHEME, grades: { ...DEFAULT_SCHEME.grades, good: 95 } };
    expect(validateScheme(scheme)).toEqual([
      { field: 'grades.excellent', message: 'must be above grades.good' },
    ]);
  });
});
