import type {
  ConcludeInvestigation,
  ExtendInvestigation,
  OpenInvestigation,
} from '../../../../src/domain/incidents/commands';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { IncidentEvent } from '../../../../src/domain/incidents/events';
import {
  investigationDeadline,
  isInvestigationOverdue,
} from '../../../../src/domain/incidents/investigation';
import { fold } from '../../../../src/domain/shared/decider';
import {
  DAY,
  NOW,
  OCCURRED,
  after,
  extended,
  opened,
  reported,
  incident,
  reportedIncident,
} from './fixtures';

/** OCCURRED is 2025-03-01 10:00 CST: day 60 ends at 24:00 CST on 04-30, day 120 on 06-29. */
const DEADLINE = '2025-04-30T16:00:00.000Z';
const LATEST_UNTIL = '2025-06-29T16:00:00.000Z';

const open = (openedAt = after(OCCURRED, DAY)): OpenInvestigation => ({
  type: 'OpenInvestigation',
  openedAt,
  now: NOW,
});

const extend = (overrides: Partial<ExtendInvestigation> = {}): ExtendInvestigation => ({
  type: 'ExtendInvestigation',
  until: after(DEADLINE, 30 * DAY),
  reason: 'expert appraisal pending',
  extendedAt: after(OCCURRED, 50 * DAY),
  now: NOW,
  ...overrides,
});

const conclude = (overrides: Partial<ConcludeInvestigation> = {}): ConcludeInvestigation => ({
  type: 'ConcludeInvestigation',
  concludedAt: after(OCCURRED, 45 * DAY),
  cause: 'scaffold not anchored',
  liable: [
    { personId: 'P1', role: 'site manager', finding: 'ignored the inspection report' },
    { unitId: 'E1', role: 'contractor', finding: 'no safety training' },
  ],
  measures: ['anchor all scaffolds', 'monthly training'],
  now: NOW,
  ...overrides,
});

const concluded = (concludedAt: string, overdue = false): IncidentEvent => ({
  type: 'InvestigationConcluded',
  data: { concludedAt, cause: 'c', liable: [], measures: [], overdue, nature: 'liability' },
});

describe('OpenInvestigation', () => {
  it('opens the investigation', () => {
    reportedIncident
      .when(open())
      .then([{ type: 'InvestigationOpened', data: { openedAt: after(OCCURRED, DAY) } }]);
  });

  it('opens it only once', () => {
    incident
      .given([reported(), opened()])
      .when(open())
      .thenThrows('state', 'investigation_already_opened');
  });

  it('refuses openedAt before occurrence, or in the future', () => {
    reportedIncident.when(open(after(OCCURRED, -1))).thenThrows('rule', 'opened_before_occurrence');
    reportedIncident.when(open(after(NOW, 1))).thenThrows('rule', 'in_future');
  });

  it('refuses opening on an unknown incident', () => {
    incident.given([]).when(open()).thenThrows('not_found');
  });
});

describe('ExtendInvestigation (one extension of at most 60 days)', () => {
  it('allows until the end of the 120th calendar day after occurrence in CST, not 120 × 24 h', () => {
    expect(LATEST_UNTIL).not.toBe(after(OCCURRED, 120 * DAY));
    incident
      .given([reported(), opened()])
      .when(extend({ until: after(OCCURRED, 120 * DAY + 6 * 60 * 60 * 1000) }))
      .thenMatches([{ type: 'InvestigationExtended' }]);
  });

  it('extends the deadline', () => {
    incident
      .given([reported(), opened()])
      .when(extend())
      .then([
        {
          type: 'InvestigationExtended',
          data: {
            until: after(DEADLINE, 30 * DAY),
            reason: 'expert appraisal pending',
            extendedAt: after(OCCURRED, 50 * DAY),
          },
        },
      ]);
  });

  it('accepts exactly 60 days past the normal deadline and refuses 1 ms more', () => {
    incident
      .given([reported(), opened()])
      .when(extend({ until: LATEST_UNTIL }))
      .thenMatches([{ type: 'InvestigationExtended' }]);
    incident
      .given([reported(), opened()])
      .when(extend({ until: after(LATEST_UNTIL, 1) }))
      .thenThrows('rule', 'extension_too_long');
  });

  it('refuses an until not after the normal deadline', () => {
    incident
      .given([reported(), opened()])
      .when(extend({ until: DEADLINE }))
      .thenThrows('rule', 'extension_not_after_deadline');
  });

  it('refuses a second extension, even within the 60 days', () => {
    incident
      .given([reported(), opened(), extended(after(DEADLINE, 10 * DAY))])
      .when(extend({ until: after(DEADLINE, 20 * DAY) }))
      .thenThrows('state', 'investigation_already_extended');
  });

  it('refuses an empty reason', () => {
    incident
      .given([reported(), opened()])
      .when(extend({ reason: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('defaults extendedAt to now', () => {
    incident
      .given([reported(), opened()])
      .when(extend({ extendedAt: undefined }))
      .thenMatches([
        { type: 'InvestigationExtended', data: expect.objectContaining({ extendedAt: NOW }) },
      ]);
  });

  it('refuses an extension before opening, or in the future', () => {
    incident
      .given([reported(), opened(after(OCCURRED, DAY))])
      .when(extend({ extendedAt: OCCURRED }))
      .thenThrows('rule', 'extended_before_opening');
    incident
      .given([reported(), opened()])
      .when(extend({ extendedAt: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses extending an investigation not opened, or concluded', () => {
    reportedIncident.when(extend()).thenThrows('state', 'investigation_not_opened');
    incident
      .given([reported(), opened(), concluded(after(OCCURRED, 40 * DAY))])
      .when(extend())
      .thenThrows('state', 'investigation_concluded');
  });
});

describe('ConcludeInvestigation', () => {
  it('concludes with cause, liable parties and measures, on time', () => {
    const command = conclude();
    incident
      .given([reported(), opened()])
      .when(command)
      .then([
        {
          type: 'InvestigationConcluded',
          data: {
            concludedAt: command.concludedAt,
            cause: command.cause,
            liable: [...command.liable],
            measures: [...command.measures],
            overdue: false,
            nature: 'liability',
          },
        },
      ]);
  });

  it('is on time on day 60 at 23:59:59.999 CST and overdue at 24:00 (calendar days)', () => {
    incident
      .given([reported(), opened()])
      .when(conclude({ concludedAt: after(DEADLINE, -1) }))
      .thenMatches([
        { type: 'InvestigationConcluded', data: expect.objectContaining({ overdue: false }) },
      ]);
    incident
      .given([reported(), opened()])
      .when(conclude({ concludedAt: DEADLINE }))
      .thenMatches([
        { type: 'InvestigationConcluded', data: expect.objectContaining({ overdue: true }) },
      ]);
  });

  it('judges overdue against the extended deadline', () => {
    const until = after(DEADLINE, 30 * DAY);
    incident
      .given([reported(), opened(), extended(until)])
      .when(conclude({ concludedAt: after(until, -1) }))
      .thenMatches([
        { type: 'InvestigationConcluded', data: expect.objectContaining({ overdue: false }) },
      ]);
    incident
      .given([reported(), opened(), extended(until)])
      .when(conclude({ concludedAt: until }))
      .thenMatches([
        { type: 'InvestigationConcluded', data: expect.objectContaining({ overdue: true }) },
      ]);
  });

  it('requires an opened investigation', () => {
    reportedIncident.when(conclude()).thenThrows('state', 'investigation_not_opened');
  });

  it('concludes only once', () => {
    incident
      .given([reported(), opened(), concluded(after(OCCURRED, 40 * DAY))])
      .when(conclude())
      .thenThrows('state', 'investigation_concluded');
  });

  it('requires each liable entry to name a person or a unit', () => {
    incident
      .given([reported(), opened()])
      .when(conclude({ liable: [{ role: 'unknown', finding: 'negligence' }] }))
      .thenThrows('rule', 'liable_party_required');
  });

  it('requires a role and a finding for each liable entry', () => {
    incident
      .given([reported(), opened()])
      .when(conclude({ liable: [{ personId: 'P1', role: '', finding: 'negligence' }] }))
      .thenThrows('rule', 'required');
    incident
      .given([reported(), opened()])
      .when(conclude({ liable: [{ personId: 'P1', role: 'manager', finding: '' }] }))
      .thenThrows('rule', 'required');
  });

  it('requires a cause and non-empty measures', () => {
    incident
      .given([reported(), opened()])
      .when(conclude({ cause: '' }))
      .thenThrows('rule', 'required');
    incident
      .given([reported(), opened()])
      .when(conclude({ measures: ['ok', ''] }))
      .thenThrows('rule', 'required');
  });

  it('refuses concludedAt before opening, or in the future', () => {
    incident
      .given([reported(), opened(after(OCCURRED, DAY))])
      .when(conclude({ concludedAt: OCCURRED }))
      .thenThrows('rule', 'concluded_before_opening');
    incident
      .given([reported(), opened()])
      .when(conclude({ concludedAt: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });
});

describe('ConcludeInvestigation: nature (事故性质)', () => {
  it('is liability when the conclusion names none', () => {
    incident
      .given([reported(), opened()])
      .when(conclude())
      .thenMatches([
        { type: 'InvestigationConcluded', data: expect.objectContaining({ nature: 'liability' }) },
      ]);
  });

  it.each(['liability', 'non_liability', 'natural_disaster'])('records %s', (nature) => {
    incident
      .given([reported(), opened()])
      .when(conclude({ nature }))
      .thenMatches([{ type: 'InvestigationConcluded', data: expect.objectContaining({ nature }) }]);
  });

  it('refuses an unknown nature, and pending (only the absence of a conclusion is pending)', () => {
    incident
      .given([reported(), opened()])
      .when(conclude({ nature: 'act_of_god' }))
      .thenThrows('rule', 'invalid_nature');
    incident
      .given([reported(), opened()])
      .when(conclude({ nature: 'pending' }))
      .thenThrows('rule', 'invalid_nature');
  });
});

describe('investigationDeadline / isInvestigationOverdue', () => {
  const stateOf = (events: IncidentEvent[]) => {
    const state = fold(incidentDecider, events);
    if (!state) throw new Error('no incident');
    return state;
  };

  it('is the end of the 60th calendar day after occurrence (CST), or the extension until', () => {
    expect(investigationDeadline(stateOf([reported()]))).toBe(DEADLINE);
    expect(investigationDeadline(stateOf([reported(), opened()]))).toBe(DEADLINE);
    expect(investigationDeadline(stateOf([reported(), opened(), extended(LATEST_UNTIL)]))).toBe(
      LATEST_UNTIL,
    );
  });

  it('an open investigation is overdue once the reference passes the deadline', () => {
    const state = stateOf([reported(), opened()]);
    expect(isInvestigationOverdue(state, after(DEADLINE, -1))).toBe(false);
    expect(isInvestigationOverdue(state, DEADLINE)).toBe(true);
  });

  it('an extension moves the overdue point', () => {
    const state = stateOf([reported(), opened(), extended(LATEST_UNTIL)]);
    expect(isInvestigationOverdue(state, after(DEADLINE, 1))).toBe(false);
    expect(isInvestigationOverdue(state, after(LATEST_UNTIL, 1))).toBe(true);
  });

  it('a concluded investigation is judged by its conclusion date, not the reference', () => {
    const onTime = stateOf([reported(), opened(), concluded(after(OCCURRED, 30 * DAY))]);
    expect(isInvestigationOverdue(onTime, after(DEADLINE, 100 * DAY))).toBe(false);
    const late = stateOf([reported(), opened(), concluded(after(DEADLINE, 1))]);
    expect(isInvestigationOverdue(late, after(OCCURRED, 2 * DAY))).toBe(true);
  });

  it('an investigation never opened is overdue after the deadline too', () => {
    expect(isInvestigationOverdue(stateOf([reported()]), after(DEADLINE, 1))).toBe(true);
  });
});
