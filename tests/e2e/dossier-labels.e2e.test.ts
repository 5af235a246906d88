import { useTestApp } from './support/api';
import { cst, seedDistrictYear } from './support/district-year';

/**
 * API.md "Outputs for people and integrators": views carry Chinese labels next to codes
 * (`grade` + `gradeLabel`, `post` + `postLabel`, `form` + `formLabel`, `rule` + `ruleLabel`, …).
 * A dossier is a view: each code in any of its lines has its label beside it.
 */
const CODE_FIELDS = [
  'unitKind',
  'post',
  'industry',
  'grade',
  'nature',
  'kind',
  'form',
  'as',
  'side',
  'by',
  'status',
  'rule',
  'section',
];

/** Every `<path>.<field>` holding a code without a `<field>Label` beside it. */
function unlabelled(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unlabelled(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const own = CODE_FIELDS.filter(
    (field) => typeof object[field] === 'string' && typeof object[`${field}Label`] !== 'string',
  ).map((field) => `${path}.${field}`);
  const nested = Object.entries(object)
    .filter(([key]) => key !== 'events')
    .flatMap(([key, v]) => unlabelled(v, `${path}.${key}`));
  return [...own, ...nested];
}

describe('a dossier labels every code it shows', () => {
  const api = useTestApp();

  beforeAll(async () => {
    await seedDistrictYear(api);
    // A misreporting finding naming P1b, and a major hazard overdue at E1 while P1b heads T1.
    await api.write(
      '/incidents/I-L/misreporting-findings',
      {
        kind: 'omitted',
        establishedAt: cst('2025-09-01T10:00:00'),
        detail: '漏报一人',
        responsiblePersonIds: ['P1b'],
      },
      200,
    );
    await api.write('/hazards', {
      id: 'H-MAJ',
      unitId: 'E1',
      level: 'major',
      description: '深基坑支护变形',
      identifiedAt: cst('2025-09-01T09:00:00'),
      deadline: cst('2025-09-20T09:00:00'),
    });
  }, 60_000);

  it.each(['P1b', 'P1a', 'P2', 'PE1'])('dossier of %s', async (personId) => {
    const d = (await api.read(`/persons/${personId}/dossier`)).body;
    expect(unlabelled(d)).toEqual([]);
  });

  it('labels the lines of every section (P1b has one in each but agreements)', async () => {
    const d = (await api.read('/persons/P1b/dossier')).body;
    expect(d.incidents[0]).toMatchObject({
      industryLabel: '建筑施工',
      gradeLabel: '较大事故',
      natureLabel: '责任事故',
      standings: [{ as: 'head', asLabel: '党政主要负责人', postLabel: '主要负责人' }],
    });
    expect(d.incidents[0].findings).toEqual([
      expect.objectContaining({ kind: 'omitted', kindLabel: '漏报' }),
    ]);
    expect(d.incidents[0].costs[0].vetoes[0]).toMatchObject({
      rule: 'incidents:larger:1',
      ruleLabel: '发生较大事故及以上',
    });
    expect(d.misreportingFindings).toEqual([
      expect.objectContaining({ kind: 'omitted', kindLabel: '漏报' }),
    ]);
    expect(d.accountabilityActions).toEqual([
      expect.objectContaining({ form: 'circular', formLabel: '通报批评' }),
    ]);
    expect(d.promotionBars[0]).toMatchObject({ post: 'principal', postLabel: '主要负责人' });
    expect(d.overdueMajorHazards).toEqual([
      expect.objectContaining({ hazardId: 'H-MAJ', post: 'principal', postLabel: '主要负责人' }),
    ]);
    const p1a = (await api.read('/persons/P1a/dossier')).body;
    expect(p1a.agreements[0]).toMatchObject({
      side: 'responsible',
      sideLabel: '责任单位',
      by: 'signing',
      byLabel: '签订',
      status: 'active',
      postLabel: '主要负责人',
    });
  });
});
