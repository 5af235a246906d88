import type { EstablishMisreportingFinding } from '../../../../src/domain/incidents/commands';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { IncidentEvent } from '../../../../src/domain/incidents/events';
import { MISREPORTING_KINDS } from '../../../../src/domain/incidents/misreporting';
import { fold } from '../../../../src/domain/shared/decider';
import {
  DAY,
  HOUR,
  NOW,
  OCCURRED,
  after,
  finding,
  reported,
  incident,
  reportedIncident,
} from './fixtures';

const establish = (
  overrides: Partial<EstablishMisreportingFinding> = {},
): EstablishMisreportingFinding => ({
  type: 'EstablishMisreportingFinding',
  kind: 'concealed',
  establishedAt: after(OCCURRED, 10 * DAY),
  detail: 'two deaths were not reported',
  now: NOW,
  ...overrides,
});

/** I1's place corrected from E1 to E2 at `correctedAt`, in time. */
const movedToE2 = (correctedAt: string): IncidentEvent => ({
  type: 'IncidentDetailsCorrected',
  data: { field: 'unitId', from: 'E1', to: 'E2', reason: 'wrong site', correctedAt, late: false },
});

describe('EstablishMisreportingFinding', () => {
  it('exports the four kinds with Chinese labels', () => {
    expect(MISREPORTING_KINDS).toEqual([
      { code: 'late', label: '迟报' },
      { code: 'omitted', label: '漏报' },
      { code: 'false', label: '谎报' },
      { code: 'concealed', label: '瞒报' },
    ]);
  });

  it.each(['late', 'omitted', 'false', 'concealed'])('establishes a %s finding', (kind) => {
    reportedIncident.when(establish({ kind })).then([
      {
        type: 'MisreportingFindingEstablished',
        data: {
          kind: kind as 'late',
          establishedAt: after(OCCURRED, 10 * DAY),
          detail: 'two deaths were not reported',
          automatic: false,
          responsibleUnitIds: ['E1'],
          responsiblePersonIds: [],
        },
      },
    ]);
  });

  it('refuses an unknown kind', () => {
    reportedIncident.when(establish({ kind: 'delayed' })).thenThrows('rule', 'invalid_kind');
  });

  it('refuses a second finding of the same kind', () => {
    incident
      .given([reported(), finding('concealed', after(OCCURRED, 5 * DAY))])
      .when(establish())
      .thenThrows('state', 'finding_exists');
  });

  it('accepts findings of different kinds on one incident', () => {
    incident
      .given([reported(), finding('omitted', after(OCCURRED, 5 * DAY))])
      .when(establish())
      .thenMatches([{ type: 'MisreportingFindingEstablished' }]);
  });

  it('refuses a manual late finding when the automatic one exists', () => {
    const reportedAt = after(OCCURRED, 2 * HOUR);
    incident
      .given([reported({ reportedAt, late: true }), finding('late', reportedAt, true)])
      .when(establish({ kind: 'late' }))
      .thenThrows('state', 'finding_exists');
  });

  it('refuses establishedAt before occurrence and accepts it at occurrence', () => {
    reportedIncident
      .when(establish({ establishedAt: after(OCCURRED, -1) }))
      .thenThrows('rule', 'established_before_occurrence');
    reportedIncident
      .when(establish({ establishedAt: OCCURRED }))
      .thenMatches([{ type: 'MisreportingFindingEstablished' }]);
  });

  it('refuses establishedAt in the future', () => {
    reportedIncident
      .when(establish({ establishedAt: after(NOW, 1) }))
      .thenThrows('rule', 'in_future');
  });

  it('refuses an empty detail', () => {
    reportedIncident.when(establish({ detail: '' })).thenThrows('rule', 'required');
  });

  it('refuses a finding on an unknown incident', () => {
    incident.given([]).when(establish()).thenThrows('not_found');
  });
});

describe('EstablishMisreportingFinding: responsible units and persons', () => {
  const establishAt = (overrides: Partial<EstablishMisreportingFinding> = {}) =>
    establish({ kind: 'false', ...overrides });

  it('names the units and persons given, each once', () => {
    reportedIncident
      .when(
        establishAt({
          responsibleUnitIds: ['E1', 'T1', 'E1'],
          responsiblePersonIds: ['P1'],
        }),
      )
      .thenMatches([
        {
          type: 'MisreportingFindingEstablished',
          data: expect.objectContaining({
            responsibleUnitIds: ['E1', 'T1'],
            responsiblePersonIds: ['P1'],
          }),
        },
      ]);
  });

  it('defaults to the place as corrected, and no persons', () => {
    incident
      .given([reported(), movedToE2(after(OCCURRED, DAY))])
      .when(establishAt())
      .thenMatches([
        {
          type: 'MisreportingFindingEstablished',
          data: expect.objectContaining({ responsibleUnitIds: ['E2'], responsiblePersonIds: [] }),
        },
      ]);
  });

  it('refuses an empty list of responsible units', () => {
    reportedIncident
      .when(establishAt({ responsibleUnitIds: [] }))
      .thenThrows('rule', 'responsible_unit_required');
  });

  it('a finding recorded before findings named them names the place at the time', () => {
    const state = fold(incidentDecider, [
      reported(),
      finding('concealed', after(OCCURRED, DAY)),
      movedToE2(after(OCCURRED, 2 * DAY)),
    ]);
    expect(state?.findings[0]).toMatchObject({
      responsibleUnitIds: ['E1'],
      responsiblePersonIds: [],
    });
  });

  it('an automatic late finding recorded before the four-eyes rule follows an old correction of the place', () => {
    const oldCorrection = {
      type: 'IncidentDetailsCorrected' as const,
      data: {
        field: 'unitId' as const,
        from: 'E1',
        to: 'E2',
        reason: 'wrong site',
        correctedAt: after(OCCURRED, 2 * DAY),
        late: true,
      },
    };
    const state = fold(incidentDecider, [
      reported({ late: true }),
      finding('late', after(OCCURRED, 2 * HOUR), true),
      finding('concealed', after(OCCURRED, DAY)),
      oldCorrection,
    ]);
    expect(state?.findings.map((f) => [f.kind, f.responsibleUnitIds])).toEqual([
      ['late', ['E2']],
      ['concealed', ['E1']],
    ]);
    const approved = fold(incidentDecider, [
      reported({ late: true }),
      finding('late', after(OCCURRED, 2 * HOUR), true),
      { ...oldCorrection, data: { ...oldCorrection.data, correctionId: 'C-1' } },
    ]);
    expect(approved?.findings[0].responsibleUnitIds).toEqual(['E1']);
  });
});
