import type { DecideAccountabilityAction } from '../../../../src/domain/enforcement/accountability/commands';
import {
  accountabilityDecider,
  accountabilityStreamId,
} from '../../../../src/domain/enforcement/accountability/decider';
import { ACCOUNTABILITY_FORMS } from '../../../../src/domain/enforcement/accountability/forms';
import { spec } from '../decider-spec';

const action = spec(accountabilityDecider);
/** Given nothing yet. */
const noAction = action.given([]);
const NOW = '2025-12-31T00:00:00.000Z';
const DECIDED = '2025-06-01T02:00:00.000Z';

/** Action ACT-1: an interview of P1 of T1 by D1 over incident I1 (command and event alike). */
const ACT1 = {
  id: 'ACT-1',
  targetPersonId: 'P1',
  targetUnitId: 'T1',
  form: 'interview' as const,
  decidingUnitId: 'D1',
  decidedAt: DECIDED,
  reason: 'two hazards overdue',
  incidentId: 'I1',
};

const decide = (
  overrides: Partial<DecideAccountabilityAction> = {},
): DecideAccountabilityAction => ({
  type: 'DecideAccountabilityAction',
  ...ACT1,
  now: NOW,
  ...overrides,
});

describe('DecideAccountabilityAction', () => {
  it('names its stream accountability-<id>', () => {
    expect(accountabilityStreamId('ACT-1')).toBe('accountability-ACT-1');
  });

  it('exports the ten forms with Chinese labels', () => {
    expect(ACCOUNTABILITY_FORMS.map(({ code, label }) => `${code} ${label}`)).toEqual([
      'interview 约谈',
      'circular 通报批评',
      'admonition 诫勉',
      'suspension_review 停职检查',
      'post_adjustment 调整职务',
      'ordered_resignation 责令辞职',
      'demotion 降职',
      'dismissal 免职',
      'sanction 党纪政务处分',
      'judicial_referral 移送司法',
    ]);
    expect(ACCOUNTABILITY_FORMS.every((form) => Object.keys(form).join() === 'code,label')).toBe(
      true,
    );
  });

  it('decides an action on a person in a unit, tied to an incident', () => {
    noAction.when(decide()).then([
      {
        type: 'AccountabilityActionDecided',
        data: ACT1,
      },
    ]);
  });

  it('decides an action on a unit alone, tied to no incident', () => {
    noAction
      .when(decide({ targetPersonId: undefined, incidentId: undefined, form: 'circular' }))
      .then([
        {
          type: 'AccountabilityActionDecided',
          data: {
            id: 'ACT-1',
            targetUnitId: 'T1',
            form: 'circular',
            decidingUnitId: 'D1',
            decidedAt: DECIDED,
            reason: 'two hazards overdue',
          },
        },
      ]);
  });

  it('refuses an unknown form', () => {
    noAction.when(decide({ form: 'warning' })).thenThrows('rule', 'invalid_form');
  });

  it('refuses an empty reason', () => {
    noAction.when(decide({ reason: '  ' })).thenThrows('rule', 'required');
  });

  it('refuses decidedAt in the future', () => {
    noAction
      .when(decide({ decidedAt: '2025-12-31T00:00:00.001Z' }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses a missing target unit or deciding unit', () => {
    noAction.when(decide({ targetUnitId: '' })).thenThrows('rule', 'required');
    noAction.when(decide({ decidingUnitId: '' })).thenThrows('rule', 'required');
  });

  it('refuses deciding the same action twice', () => {
    const events = noAction.when(decide()).events();
    action.given(events).when(decide()).thenThrows('state', 'already_exists');
  });
});
