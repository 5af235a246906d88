import type { DecidePenalty } from '../../../../src/domain/enforcement/penalties/commands';
import {
  penaltyDecider,
  penaltyStreamId,
} from '../../../../src/domain/enforcement/penalties/decider';
import type { PenaltyEvent } from '../../../../src/domain/enforcement/penalties/events';
import { PENALTY_KINDS, PENALTY_PHASES } from '../../../../src/domain/enforcement/penalties/kinds';
import { toPenaltyView } from '../../../../src/domain/enforcement/penalties/view';
import { fold } from '../../../../src/domain/shared/decider';
import { spec } from '../decider-spec';

const penalty = spec(penaltyDecider);
/** Given nothing yet. */
const noPenalty = penalty.given([]);
const DECIDED = '2025-04-10T02:00:00.000Z';
const NOW = '2025-12-31T00:00:00.000Z';
const after = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** Penalty PEN-1, a fine on E1 before any incident (command and event alike). */
const PEN1 = {
  id: 'PEN-1',
  enterpriseId: 'E1',
  enforcingUnitId: 'D-ZJ',
  kind: 'fine',
  amountYuan: 50_000,
  caseNo: '(2025) 应急罚 12号',
  basis: '《安全生产法》第九十七条',
  decidedAt: DECIDED,
  phase: 'pre_incident',
} as const;

const decide = (overrides: Partial<DecidePenalty> = {}): DecidePenalty => ({
  type: 'DecidePenalty',
  ...PEN1,
  enterprise: { id: 'E1', kind: 'enterprise' },
  now: NOW,
  ...overrides,
});

const decided: PenaltyEvent = {
  type: 'PenaltyDecided',
  data: PEN1,
};

const revoked: PenaltyEvent = {
  type: 'PenaltyRevoked',
  data: { reason: 'annulled on review', revokedAt: after(DECIDED, 1000) },
};

describe('DecidePenalty', () => {
  it('names its stream penalty-<id> and exports kinds and phases', () => {
    expect(penaltyStreamId('PEN-1')).toBe('penalty-PEN-1');
    expect(PENALTY_KINDS.map((k) => k.code)).toEqual([
      'fine',
      'suspension',
      'closure',
      'license_revocation',
      'warning',
    ]);
    expect(PENALTY_PHASES.map((p) => p.code)).toEqual(['pre_incident', 'post_incident']);
  });

  it('decides a fine', () => {
    noPenalty.when(decide()).then([decided]);
  });

  it('decides a suspension without an amount', () => {
    noPenalty
      .when(decide({ kind: 'suspension', amountYuan: undefined, phase: 'post_incident' }))
      .thenMatches([
        {
          type: 'PenaltyDecided',
          data: expect.not.objectContaining({ amountYuan: expect.anything() }),
        },
      ]);
  });

  it('accepts an amount ≥ 0 on other kinds', () => {
    for (const amountYuan of [0, 20_000]) {
      noPenalty
        .when(decide({ kind: 'closure', amountYuan }))
        .thenMatches([{ type: 'PenaltyDecided', data: expect.objectContaining({ amountYuan }) }]);
    }
  });

  it.each([undefined, 0, -100])('refuses a fine with amount %p', (amountYuan) => {
    noPenalty.when(decide({ amountYuan })).thenThrows('rule');
  });

  it('refuses a negative amount on other kinds', () => {
    noPenalty
      .when(decide({ kind: 'warning', amountYuan: -1 }))
      .thenThrows('rule', 'invalid_amount');
  });

  it('refuses an unknown kind or phase', () => {
    noPenalty.when(decide({ kind: 'confiscation' })).thenThrows('rule', 'invalid_kind');
    noPenalty.when(decide({ phase: 'during' })).thenThrows('rule', 'invalid_phase');
  });

  it('refuses a target that is not an enterprise', () => {
    noPenalty
      .when(decide({ enterpriseId: 'T1', enterprise: { id: 'T1', kind: 'town' } }))
      .thenThrows('rule', 'not_an_enterprise');
  });

  it('refuses enterprise facts of another unit', () => {
    noPenalty
      .when(decide({ enterprise: { id: 'E2', kind: 'enterprise' } }))
      .thenThrows('rule', 'enterprise_mismatch');
  });

  it('refuses a decision in the future and accepts one at now', () => {
    noPenalty.when(decide({ decidedAt: after(NOW, 1) })).thenThrows('rule', 'in_future');
    noPenalty.when(decide({ decidedAt: NOW })).thenMatches([{ type: 'PenaltyDecided' }]);
  });

  it('requires a case number and a legal basis', () => {
    noPenalty.when(decide({ caseNo: '' })).thenThrows('rule', 'required');
    noPenalty.when(decide({ basis: ' ' })).thenThrows('rule', 'required');
  });

  it('refuses deciding the same penalty twice', () => {
    penalty.given([decided]).when(decide()).thenThrows('state', 'already_exists');
  });
});

describe('RevokePenalty', () => {
  const revoke = (revokedAt = after(DECIDED, 1000), reason = 'annulled on review') => ({
    type: 'RevokePenalty' as const,
    reason,
    revokedAt,
    now: NOW,
  });

  it('revokes a penalty', () => {
    penalty.given([decided]).when(revoke()).then([revoked]);
  });

  it('revokes once only', () => {
    penalty.given([decided, revoked]).when(revoke()).thenThrows('state', 'already_revoked');
  });

  it('refuses revokedAt before decidedAt and accepts it at decidedAt', () => {
    penalty
      .given([decided])
      .when(revoke(after(DECIDED, -1)))
      .thenThrows('rule', 'revoked_before_decision');
    penalty
      .given([decided])
      .when(revoke(DECIDED))
      .thenMatches([{ type: 'PenaltyRevoked' }]);
  });

  it('refuses revokedAt in the future and an empty reason', () => {
    penalty
      .given([decided])
      .when(revoke(after(NOW, 1)))
      .thenThrows('rule', 'in_future');
    penalty.given([decided]).when(revoke(undefined, '')).thenThrows('rule', 'required');
  });

  it('refuses revoking an unknown penalty', () => {
    noPenalty.when(revoke()).thenThrows('not_found', 'penalty_not_found');
  });

  it('keeps a revoked penalty in the view, marked revoked', () => {
    const state = fold(penaltyDecider, [decided, revoked]);
    expect(state && toPenaltyView(state)).toEqual({
      ...decided.data,
      kindLabel: '罚款',
      phaseLabel: '事前',
      revoked: true,
      revokedAt: revoked.data.revokedAt,
      revocationReason: 'annulled on review',
    });
    const active = fold(penaltyDecider, [decided]);
    expect(active && toPenaltyView(active)).toEqual({
      ...decided.data,
      kindLabel: '罚款',
      phaseLabel: '事前',
      revoked: false,
    });
  });
});
