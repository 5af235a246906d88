import type { PenaltyDecided } from './events';
import type { Penalty } from './state';

export type PenaltyView = PenaltyDecided['data'] & {
  revoked: boolean;
  revokedAt?: string;
  revocationReason?: string;
};

export function toPenaltyView(penalty: Penalty): PenaltyView {
  const { revocation, ...decided } = penalty;
  return {
    ...decided,
    revoked: revocation !== null,
    ...(revocation && { revokedAt: revocation.revokedAt, revocationReason: revocation.reason }),
  };
}
