import { labelOf } from '../../shared/labels';
import type { PatrolKind } from '../codes';
import type { Patrol } from './decider';

/**
 * `GET /patrols/:id` and each item of `GET /patrols`: the patrol as launched (its problems:
 * `GET /problems?patrolId=`).
 */
export interface PatrolView {
  id: string;
  kind: PatrolKind;
  /** 安全生产巡查 / 安全生产督查. */
  kindLabel: string;
  leadUnitId: string;
  team: string[];
  targetUnitIds: string[];
  from: string;
  to: string;
}

export const toPatrolView = (patrol: Patrol): PatrolView => ({
  id: patrol.id,
  kind: patrol.kind,
  kindLabel: labelOf('patrolKind', patrol.kind),
  leadUnitId: patrol.leadUnitId,
  team: [...patrol.team],
  targetUnitIds: [...patrol.targetUnitIds],
  from: patrol.from,
  to: patrol.to,
});
