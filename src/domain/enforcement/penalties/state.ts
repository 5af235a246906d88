import type { PenaltyDecided, PenaltyRevoked } from './events';

export interface Penalty extends Readonly<PenaltyDecided['data']> {
  readonly revocation: Readonly<PenaltyRevoked['data']> | null;
}

/** `null` until the penalty is decided. */
export type PenaltyState = Penalty | null;
