import {
  enforcementProjection,
  type ActionDoc,
  type BlacklistDoc,
  type PenaltyDoc,
} from '../../../projections/enforcement';
import type { IncidentDoc } from '../../../projections/incidents';
import { blacklistCandidates, isListedAt } from '../../../projections/queries/blacklist-candidates';
import { project, projected } from './memory-store';

describe('enforcement projection', () => {
  it('keeps penalties with their CST year, and a revocation without forgetting the decision', async () => {
    const { id, ...decision } = {
      id: 'P1',
      enterpriseId: 'E',
      enforcingUnitId: 'B',
      kind: 'fine',
      amountYuan: 50000,
      caseNo: '罚字1号',
      basis: '安全生产法',
      decidedAt: '2025-12-31T16:30:00.000Z',
      phase: 'post_incident',
    };
    const decided = projected('penalty-P1', 'PenaltyDecided', { id, ...decision });
    const revoked = projected('penalty-P1', 'PenaltyRevoked', {
      reason: '复议撤销',
      revokedAt: '2026-02-01T00:00:00.000Z',
    });
    const store = await project(enforcementProjection, [
      decided,
      projected('penalty-P2', 'PenaltyDecided', {
        id: 'P2',
        enterpriseId: 'E',
        enforcingUnitId: 'B',
        kind: 'warning',
        caseNo: '罚字2号',
        basis: '安全生产法',
        decidedAt: '2025-03-01T00:00:00.000Z',
        phase: 'pre_incident',
      }),
      revoked,
    ]);
    const penalties = store.all<PenaltyDoc>('penalties');
    expect(penalties.find((p) => p._id === 'P1')).toEqual({
      _id: 'P1',
      ...decision,
      year: 2026,
      revoked: true,
      revokedAt: '2026-02-01T00:00:00.000Z',
      revocationReason: '复议撤销',
      ref: { streamId: 'penalty-P1', eventId: decided.eventId },
      revocationRef: { streamId: 'penalty-P1', eventId: revoked.eventId },
      lastPosition: revoked.position,
    });
    expect(penalties.find((p) => p._id === 'P2')).toMatchObject({
      amountYuan: null,
      year: 2025,
      revoked: false,
      revokedAt: null,
      revocationRef: null,
    });
  });

  it('keeps accountability actions with their incident, if any', async () => {
    const { id, ...decision } = {
      id: 'A1',
      targetPersonId: 'P1',
      targetUnitId: 'T1',
      form: 'interview',
      decidingUnitId: 'D',
      decidedAt: '2025-04-01T00:00:00.000Z',
      reason: '事故约谈',
      incidentId: 'I1',
    };
    const action = projected('accountability-A1', 'AccountabilityActionDecided', {
      id,
      ...decision,
    });
    const store = await project(enforcementProjection, [
      action,
      projected('accountability-A2', 'AccountabilityActionDecided', {
        id: 'A2',
        targetUnitId: 'T1',
        form: 'circular',
        decidingUnitId: 'D',
        decidedAt: '2025-05-01T00:00:00.000Z',
        reason: '通报',
      }),
    ]);
    const actions = store.all<ActionDoc>('actions');
    expect(actions.find((a) => a._id === 'A1')).toEqual({
      _id: 'A1',
      ...decision,
      year: 2025,
      ref: { streamId: 'accountability-A1', eventId: action.eventId },
      lastPosition: action.position,
    });
    expect(actions.find((a) => a._id === 'A2')).toMatchObject({
      targetPersonId: null,
      incidentId: null,
    });
  });

  it('keeps every listing of an enterprise and when the latest one ends', async () => {
    const listed = projected('blacklist-E', 'EnterpriseBlacklisted', {
      enterpriseId: 'E',
      reason: '重大事故',
      listedAt: '2025-01-01T00:00:00.000Z',
      until: '2028-01-01T00:00:00.000Z',
    });
    const removal = projected('blacklist-E', 'EnterpriseRemovedFromBlacklist', {
      enterpriseId: 'E',
      removedAt: '2026-06-01T00:00:00.000Z',
      reason: '信用修复',
      early: true,
    });
    const again = projected('blacklist-E', 'EnterpriseBlacklisted', {
      enterpriseId: 'E',
      reason: '瞒报',
      listedAt: '2026-09-01T00:00:00.000Z',
      until: '2029-09-01T00:00:00.000Z',
    });
    let store = await project(enforcementProjection, [listed]);
    expect(store.all<BlacklistDoc>('blacklist')[0]).toMatchObject({
      listedAt: '2025-01-01T00:00:00.000Z',
      listedUntil: '2028-01-01T00:00:00.000Z',
    });
    store = await project(enforcementProjection, [removal], store);
    const removedDoc = store.all<BlacklistDoc>('blacklist')[0];
    expect(removedDoc.listedUntil).toBe('2026-06-01T00:00:00.000Z');
    expect(isListedAt(removedDoc, '2026-05-31T00:00:00.000Z')).toBe(true);
    expect(isListedAt(removedDoc, '2026-06-01T00:00:00.000Z')).toBe(false);
    store = await project(enforcementProjection, [again], store);
    expect(store.all<BlacklistDoc>('blacklist')[0]).toEqual({
      _id: 'E',
      enterpriseId: 'E',
      listedAt: '2026-09-01T00:00:00.000Z',
      listedUntil: '2029-09-01T00:00:00.000Z',
      listings: [
        {
          reason: '重大事故',
          listedAt: '2025-01-01T00:00:00.000Z',
          until: '2028-01-01T00:00:00.000Z',
          removedAt: '2026-06-01T00:00:00.000Z',
          removalReason: '信用修复',
          early: true,
          ref: { streamId: 'blacklist-E', eventId: listed.eventId },
          removalRef: { streamId: 'blacklist-E', eventId: removal.eventId },
        },
        {
          reason: '瞒报',
          listedAt: '2026-09-01T00:00:00.000Z',
          until: '2029-09-01T00:00:00.000Z',
          ref: { streamId: 'blacklist-E', eventId: again.eventId },
        },
      ],
    });
  });
});

describe('blacklist candidates', () => {
  const ref = (id: string, n: number) => ({ streamId: `incident-${id}`, eventId: `${id}-e${n}` });
  const incident = (
    id: string,
    unitId: string,
    grade: string,
    occurredAt: string,
    extra: Partial<IncidentDoc['refs']> = {},
  ) =>
    ({
      _id: id,
      unitId,
      grade,
      occurredAt,
      refs: { reported: ref(id, 0), revisions: [], findings: [], corrections: [], ...extra },
    }) as unknown as IncidentDoc;
  const NOW = '2026-01-01T00:00:00.000Z';

  it('proposes enterprises by the domain rules, citing the events that set the grade', () => {
    const candidates = blacklistCandidates(
      [
        incident('I1', 'E1', 'major', '2025-03-01T00:00:00.000Z', { revisions: [ref('I1', 1)] }),
        incident('I2', 'E2', 'larger', '2025-01-01T00:00:00.000Z'),
        incident('I3', 'E2', 'larger', '2025-11-01T00:00:00.000Z'),
        incident('I4', 'E3', 'larger', '2025-05-01T00:00:00.000Z'),
        incident('I5', 'E4', 'general', '2025-05-01T00:00:00.000Z', {
          findings: [
            {
              kind: 'concealed',
              establishedAt: '2025-06-01T00:00:00.000Z',
              automatic: false,
              responsibleUnitIds: ['E4'],
              responsiblePersonIds: [],
              ref: ref('I5', 1),
            },
          ],
        }),
      ],
      [],
      NOW,
    );
    expect(candidates).toEqual([
      { enterpriseId: 'E1', reasons: [{ rule: 'major_incident', events: [ref('I1', 1)] }] },
      {
        enterpriseId: 'E2',
        reasons: [{ rule: 'two_larger_within_12_months', events: [ref('I2', 0), ref('I3', 0)] }],
      },
      {
        enterpriseId: 'E4',
        reasons: [{ rule: 'false_or_concealed_report', events: [ref('I5', 1)] }],
      },
    ]);
  });

  it('skips listed enterprises, and after a listing counts only facts from its end', () => {
    const listing = (enterpriseId: string, listedAt: string, listedUntil: string) =>
      ({ _id: enterpriseId, enterpriseId, listings: [], listedAt, listedUntil }) as BlacklistDoc;
    const candidates = blacklistCandidates(
      [
        incident('I1', 'E1', 'major', '2025-03-01T00:00:00.000Z'),
        incident('I2', 'E2', 'major', '2025-03-01T00:00:00.000Z'),
        incident('I3', 'E3', 'major', '2025-03-01T00:00:00.000Z'),
        incident('I4', 'E3', 'especially_major', '2025-10-01T00:00:00.000Z'),
      ],
      [
        listing('E1', '2025-04-01T00:00:00.000Z', '2028-04-01T00:00:00.000Z'),
        listing('E2', '2025-04-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
        listing('E3', '2025-04-01T00:00:00.000Z', '2025-09-01T00:00:00.000Z'),
      ],
      NOW,
    );
    expect(candidates).toEqual([
      { enterpriseId: 'E3', reasons: [{ rule: 'major_incident', events: [ref('I4', 0)] }] },
    ]);
  });
});
