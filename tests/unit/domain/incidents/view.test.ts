import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { IncidentEvent } from '../../../../src/domain/incidents/events';
import { toIncidentView } from '../../../../src/domain/incidents/view';
import { fold } from '../../../../src/domain/shared/decider';
import { DAY, HOUR, OCCURRED, after, extended, finding, opened, reported } from './fixtures';

const viewOf = (events: IncidentEvent[], referenceIso?: string) => {
  const state = fold(incidentDecider, events);
  if (!state) throw new Error('no incident');
  return toIncidentView(state, referenceIso);
};

/** OCCURRED is 2025-03-01 10:00 CST: day 60 ends at 24:00 CST on 04-30. */
const DEADLINE = '2025-04-30T16:00:00.000Z';

describe('toIncidentView', () => {
  it('shows the reported incident with no investigation', () => {
    expect(viewOf([reported({ deaths: 3, grade: 'larger' })])).toEqual({
      id: 'I1',
      unitId: 'E1',
      industry: 'construction',
      occurredAt: OCCURRED,
      reportedAt: after(OCCURRED, 30 * 60 * 1000),
      deaths: 3,
      seriousInjuries: 0,
      directLossYuan: 0,
      industryLabel: '建筑施工',
      description: 'scaffold collapse',
      grade: 'larger',
      gradeLabel: '较大事故',
      late: false,
      revisions: [],
      revisedAfterWindow: false,
      findings: [],
      investigation: null,
      corrections: [],
      headInformedAt: OCCURRED,
      relays: [],
      nature: 'pending',
      natureLabel: '性质待认定',
    });
  });

  it('shows headInformedAt as given, and each relay', () => {
    const headInformedAt = after(OCCURRED, 20 * 60 * 1000);
    const relay = {
      unitId: 'T1',
      receivedAt: after(OCCURRED, HOUR),
      forwardedAt: after(OCCURRED, 2 * HOUR),
      late: false,
    };
    const view = viewOf([reported({ headInformedAt }), { type: 'IncidentRelayed', data: relay }]);
    expect(view.headInformedAt).toBe(headInformedAt);
    expect(view.relays).toEqual([relay]);
  });

  it('shows revised figures, grade and the revision flag', () => {
    const revision = {
      deaths: 10,
      seriousInjuries: 1,
      directLossYuan: 5,
      revisedAt: after(OCCURRED, 31 * DAY),
      previousGrade: 'general' as const,
      grade: 'major' as const,
      revisedAfterWindow: true,
    };
    const view = viewOf([reported(), { type: 'CasualtiesRevised', data: revision }]);
    expect(view).toMatchObject({
      deaths: 10,
      seriousInjuries: 1,
      directLossYuan: 5,
      grade: 'major',
      revisions: [revision],
      revisedAfterWindow: true,
    });
  });

  it('shows findings, without withdrawn ones', () => {
    const lateAt = after(OCCURRED, 2 * HOUR);
    const events: IncidentEvent[] = [
      reported({ reportedAt: lateAt, late: true }),
      finding('late', lateAt, true, 'reported 120 minutes after occurrence'),
      finding('concealed', after(OCCURRED, DAY)),
    ];
    expect(viewOf(events).findings).toEqual([
      {
        kind: 'late',
        kindLabel: '迟报',
        establishedAt: lateAt,
        detail: 'reported 120 minutes after occurrence',
        automatic: true,
        responsibleUnitIds: ['E1'],
        responsiblePersonIds: [],
      },
      {
        kind: 'concealed',
        kindLabel: '瞒报',
        establishedAt: after(OCCURRED, DAY),
        detail: 'established by the investigation team',
        automatic: false,
        responsibleUnitIds: ['E1'],
        responsiblePersonIds: [],
      },
    ]);
    const withdrawn: IncidentEvent = {
      type: 'MisreportingFindingWithdrawn',
      data: { kind: 'late', withdrawnAt: after(OCCURRED, 2 * DAY), reason: 'correction' },
    };
    expect(viewOf([...events, withdrawn]).findings.map((f) => f.kind)).toEqual(['concealed']);
  });

  it('shows an open investigation, overdue only past the deadline at the reference time', () => {
    const events = [reported(), opened()];
    expect(viewOf(events).investigation).toEqual({
      status: 'open',
      statusLabel: '调查中',
      openedAt: after(OCCURRED, DAY),
      deadline: DEADLINE,
      overdue: false,
    });
    expect(viewOf(events, after(DEADLINE, -1)).investigation?.overdue).toBe(false);
    expect(viewOf(events, DEADLINE).investigation?.overdue).toBe(true);
  });

  it('shows an extended, concluded investigation', () => {
    const until = after(DEADLINE, 20 * DAY);
    const liable = [{ personId: 'P1', role: 'manager', finding: 'negligence' }];
    const view = viewOf([
      reported(),
      opened(),
      extended(until),
      {
        type: 'InvestigationConcluded',
        data: {
          concludedAt: after(DEADLINE, DAY),
          cause: 'no anchoring',
          liable,
          measures: ['anchor'],
          overdue: false,
          nature: 'non_liability',
        },
      },
    ]);
    expect(view.nature).toBe('non_liability');
    expect(view.investigation).toEqual({
      status: 'concluded',
      statusLabel: '已结案',
      openedAt: after(OCCURRED, DAY),
      deadline: until,
      extendedUntil: until,
      extensionReason: 'expert appraisal pending',
      concludedAt: after(DEADLINE, DAY),
      cause: 'no anchoring',
      liable,
      measures: ['anchor'],
      overdue: false,
    });
  });
});
