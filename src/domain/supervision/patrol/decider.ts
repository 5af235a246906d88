import type { Decider } from '../../shared/decider';
import { ruleViolation, stateConflict } from '../../shared/errors';
import { requireNotFuture, requireText, requireTime } from '../../shared/guards';
import { isPatrolKind } from '../codes';
import type { LaunchPatrol, PatrolCommand } from './commands';
import type { PatrolEvent, PatrolLaunched } from './events';

export type Patrol = Readonly<PatrolLaunched['data']>;

/** `null` until the patrol is launched. */
export type PatrolState = Patrol | null;

export const patrolStreamId = (id: string): string => `patrol-${id}`;

/**
 * A patrol or supervision visit: a team of at least one name, at least one target unit (each
 * once, never the leading unit itself), a period whose start has come (`to` not before `from`).
 */
function decideLaunch(command: LaunchPatrol, state: PatrolState): PatrolEvent[] {
  if (state) throw stateConflict('already_exists', `patrol ${state.id} already exists`);
  requireText(command.id, 'id');
  const { kind } = command;
  if (!isPatrolKind(kind)) {
    throw ruleViolation('invalid_kind', `unknown patrol kind ${String(kind)}`, 'kind');
  }
  requireText(command.leadUnitId, 'leadUnitId');
  if (command.team.length === 0) {
    throw ruleViolation('team_required', 'a patrol needs at least one team member', 'team');
  }
  command.team.forEach((name, i) => requireText(name, `team[${i}]`));
  requireTargets(command);
  const fromMs = requireNotFuture(command.from, command.now, 'from');
  if (requireTime(command.to, 'to') < fromMs) {
    throw ruleViolation('period_reversed', 'to is before from', 'to');
  }
  return [
    {
      type: 'PatrolLaunched',
      data: {
        id: command.id,
        kind,
        leadUnitId: command.leadUnitId,
        team: [...command.team],
        targetUnitIds: [...command.targetUnitIds],
        from: command.from,
        to: command.to,
      },
    },
  ];
}

function requireTargets({ targetUnitIds, leadUnitId }: LaunchPatrol): void {
  if (targetUnitIds.length === 0) {
    throw ruleViolation('targets_required', 'a patrol needs a target unit', 'targetUnitIds');
  }
  targetUnitIds.forEach((id, i) => requireText(id, `targetUnitIds[${i}]`));
  const repeated = targetUnitIds.findIndex((id, i) => targetUnitIds.indexOf(id) !== i);
  if (repeated >= 0) {
    throw ruleViolation(
      'repeated_target',
      `target unit ${targetUnitIds[repeated]} is named twice`,
      `targetUnitIds[${repeated}]`,
    );
  }
  const own = targetUnitIds.indexOf(leadUnitId);
  if (own >= 0) {
    throw ruleViolation(
      'lead_unit_targeted',
      'the leading unit does not patrol itself',
      `targetUnitIds[${own}]`,
    );
  }
}

export const patrolDecider: Decider<PatrolCommand, PatrolEvent, PatrolState> = {
  initialState: () => null,
  evolve: (_state, event) => ({
    ...event.data,
    team: [...event.data.team],
    targetUnitIds: [...event.data.targetUnitIds],
  }),
  decide: (command, state) => decideLaunch(command, state),
};
