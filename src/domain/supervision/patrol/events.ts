import type { DomainEvent } from '../../shared/decider';
import type { PatrolKind } from '../codes';

export type PatrolLaunched = DomainEvent<
  'PatrolLaunched',
  {
    id: string;
    kind: PatrolKind;
    leadUnitId: string;
    team: string[];
    targetUnitIds: string[];
    from: string;
    to: string;
  }
>;

export type PatrolEvent = PatrolLaunched;
