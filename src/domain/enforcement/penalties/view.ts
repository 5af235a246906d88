import { labelOf } from '../../shared/labels';
import type { PenaltyDecided } from './events';
import type { Penalty } from './state';

/** `GET /penalties/:id` and each item of `GET /penalties` (行政处罚). */
export type PenaltyView = PenaltyDecided['data'] & {
  /** 处罚种类, in Chinese. */
  kindLabel: string;
  /** 事前 / 事故后 (before an incident or after one). */
  phaseLabel: string;
  revoked: boolean;
  /** Present once revoked (复议/诉讼撤销). */
  revokedAt?: string;
  revocationReason?: string;
};

export function toPenaltyView(penalty: Penalty): PenaltyView {
  const { revocation, ...decided } = penalty;
  return {
    ...decided,
    kindLabel: labelOf('penaltyKind', decided.kind),
    phaseLabel: labelOf('penaltyPhase', decided.phase),
    revoked: revocation !== null,
    ...(revocation && { revokedAt: revocation.revokedAt, revocationReason: revocation.reason }),
  };
}
