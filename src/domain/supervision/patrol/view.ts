import type { PatrolKind } from '../codes';
import type { Patrol } from './decider';

/** A patrol as launched (its problems: `GET /problems?patrolId=`). */
export interface PatrolView {
  id: string;
  kind: PatrolKind;
  leadUnitId: string;
  team: string[];
  targetUnitIds: string[];
  from: string;
  to: string;
}

export const toPatrolView = (patrol: Patrol): PatrolView => ({
  id: patrol.id,
  kind: patrol.kind,
  leadUnitId: patrol.leadUnitId,
  team: [...patrol.team],
  targetUnitIds: [...patrol.targetUnitIds],
  from: patrol.from,
  to: patrol.to,
});
