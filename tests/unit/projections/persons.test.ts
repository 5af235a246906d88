import type { PersonDoc } from '../../../projections/persons';
import {
  action,
  agreementAmended,
  agreementSigned,
  concluded,
  finding,
  projectAll,
  reported,
  WORLD,
} from './dossier-world';

const person = async (personId: string) => {
  const store = await projectAll([
    ...WORLD(),
    agreementSigned(),
    agreementAmended(),
    reported('I1', 'E', 'construction', '2025-03-01T10:00:00'),
    ...concluded('I1', [{ personId: 'W', role: '实际控制人', finding: '未落实主体责任' }]),
    finding('I1', ['W', 'X'], '2025-05-01T09:00:00'),
    action('ACT1', 'X', 'T', '2025-03-20T09:00:00'),
  ]);
  return store.all<PersonDoc>('persons').find((p) => p._id === personId);
};

describe('persons projection', () => {
  it('keeps every post with its unit path, name and events, and the paths of all of them', async () => {
    const x = (await person('X'))!;
    expect(x.names).toEqual(['name-X']);
    expect(x.heldPost).toBe(true);
    expect(x.posts.map((p) => [p.unitId, p.unitKind, p.unitPath, p.post, p.to !== null])).toEqual([
      ['T', 'town', ['T', 'D'], 'principal', true],
      ['B', 'department', ['B', 'D'], 'principal', false],
    ]);
    expect(x.posts[0].endRef).toEqual(expect.objectContaining({ streamId: 'unit-T' }));
    expect(x.paths.sort()).toEqual(['B', 'D', 'T']);
  });

  it('records who signed an agreement and who an amendment named, on either side', async () => {
    const signatures = async (id: string) =>
      (await person(id))!.signatures.map((s) => [s.agreementId, s.unitId, s.by]);
    expect(await signatures('X')).toEqual([['A-T', 'T', 'signing']]);
    expect(await signatures('Y')).toEqual([['A-T', 'T', 'amendment']]);
    expect(await signatures('PD')).toEqual([
      ['A-T', 'D', 'signing'],
      ['A-T', 'D', 'amendment'],
    ]);
  });

  it('knows a person named only by an investigation, a finding or an action', async () => {
    const w = (await person('W'))!;
    expect(w).toMatchObject({ heldPost: false, posts: [], paths: [], incidentIds: ['I1'] });
    const x = (await person('X'))!;
    expect(x.incidentIds).toEqual(['I1']);
    expect(x.actionIds).toEqual(['ACT1']);
    expect(await person('NOBODY')).toBeUndefined();
  });
});
