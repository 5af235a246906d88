import {
  type LaunchPatrol,
  patrolDecider,
  type PatrolLaunched,
} from '../../../../src/domain/supervision';
import { spec } from '../decider-spec';

const NOW = '2025-06-01T00:00:00.000Z';

/** The district's patrol PAT1 of T1 and T2 in the first half of April (command and event alike). */
const PAT1: PatrolLaunched['data'] = {
  id: 'PAT1',
  kind: 'patrol',
  leadUnitId: 'D',
  team: ['组长 王五', '赵六'],
  targetUnitIds: ['T1', 'T2'],
  from: '2025-04-01T00:00:00.000Z',
  to: '2025-04-15T00:00:00.000Z',
};

const launch = (overrides: Partial<LaunchPatrol> = {}): LaunchPatrol => ({
  type: 'LaunchPatrol',
  ...PAT1,
  now: NOW,
  ...overrides,
});

const launched: PatrolLaunched = { type: 'PatrolLaunched', data: PAT1 };

const patrol = spec(patrolDecider);

describe('launching a patrol or supervision visit (巡查、督查)', () => {
  it('records the lead unit, the team, the targets and the period', () => {
    patrol.given([]).when(launch()).then([launched]);
    patrol
      .given([])
      .when(launch({ kind: 'supervision', to: '2025-04-01T00:00:00.000Z' }))
      .then([
        { ...launched, data: { ...launched.data, kind: 'supervision', to: launched.data.from } },
      ]);
  });

  it('may run past now, but not start in the future', () => {
    patrol
      .given([])
      .when(launch({ to: '2025-07-01T00:00:00.000Z' }))
      .thenMatches([{ type: 'PatrolLaunched' }]);
    patrol
      .given([])
      .when(launch({ from: '2025-06-02T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z' }))
      .thenThrows('rule', 'in_future');
  });

  it.each([
    ['an unknown kind', { kind: 'inspection' }, 'invalid_kind'],
    ['no team', { team: [] }, 'team_required'],
    ['a blank team member', { team: ['王五', ' '] }, 'required'],
    ['no target', { targetUnitIds: [] }, 'targets_required'],
    ['a target named twice', { targetUnitIds: ['T1', 'T1'] }, 'repeated_target'],
    ['the lead unit as a target', { targetUnitIds: ['T1', 'D'] }, 'lead_unit_targeted'],
    ['a period ending before it starts', { to: '2025-03-31T00:00:00.000Z' }, 'period_reversed'],
  ])('refuses %s (422)', (_, overrides, code) => {
    patrol.given([]).when(launch(overrides)).thenThrows('rule', code);
  });

  it('is launched once (409)', () => {
    patrol.given([launched]).when(launch()).thenThrows('state', 'already_exists');
  });
});
