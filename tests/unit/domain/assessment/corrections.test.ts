import { eventsNamedBy, restingCorrections } from '../../../../src/domain/assessment/corrections';
import { withCorrectionEvents } from '../../../../src/domain/incidents/correction-trail';
import type { DetailsCorrection } from '../../../../src/domain/incidents/state';

const ref = (eventId: string) => ({ streamId: 'incident-I1', eventId });
const recorded = (type: string, eventId: string, correctionId?: string) => ({
  type,
  data: correctionId ? { correctionId } : {},
  ref: ref(eventId),
});

const legacy: DetailsCorrection = {
  status: 'applied',
  field: 'description',
  from: 'a',
  to: 'b',
  reason: 'old',
  correctedAt: '2025-03-02T00:00:00.000Z',
};
const applied: DetailsCorrection = {
  correctionId: 'C1',
  status: 'applied',
  field: 'reportedAt',
  from: '2025-03-01T03:00:00.000Z',
  to: '2025-03-01T01:30:00.000Z',
  reason: '接报记录有误',
  proposedBy: 'office-a',
  approvedBy: 'office-b',
  correctedAt: '2025-03-04T00:00:00.000Z',
};
const pending: DetailsCorrection = { ...applied, correctionId: 'C2', status: 'pending' };

const events = [
  recorded('IncidentReported', 'e0'),
  recorded('IncidentDetailsCorrected', 'e1'),
  recorded('IncidentCorrectionProposed', 'e2', 'C1'),
  recorded('IncidentCorrectionProposed', 'e3', 'C2'),
  recorded('IncidentDetailsCorrected', 'e4', 'C1'),
  recorded('MisreportingFindingWithdrawn', 'e5'),
];

describe('corrections behind a result', () => {
  const corrections = withCorrectionEvents([legacy, applied, pending], events);

  it('gives each correction its events, in the order of the incident’s corrections', () => {
    expect(corrections.map((c) => c.events)).toEqual([
      [ref('e1')],
      [ref('e2'), ref('e4')],
      [ref('e3')],
    ]);
  });

  it('lists the applied corrections whose events the result names, pending ones never', () => {
    const result = { items: [{ events: [ref('e0'), ref('e1'), ref('e4')] }] };
    expect(restingCorrections('I1', corrections, eventsNamedBy(result))).toEqual([
      {
        incidentId: 'I1',
        reason: 'old',
        correctedAt: legacy.correctedAt,
        changes: [{ field: 'description', fieldLabel: '事故简要经过', from: 'a', to: 'b' }],
        events: [ref('e1')],
      },
      {
        incidentId: 'I1',
        correctionId: 'C1',
        proposedBy: 'office-a',
        approvedBy: 'office-b',
        reason: '接报记录有误',
        correctedAt: applied.correctedAt,
        changes: [
          { field: 'reportedAt', fieldLabel: '报告时间', from: applied.from, to: applied.to },
        ],
        events: [ref('e2'), ref('e4')],
      },
    ]);
  });

  it('leaves out corrections the result does not rest on (e.g. applied after an as-of time)', () => {
    const result = { vetoReasons: [{ events: [ref('e0'), ref('e1')] }] };
    expect(
      restingCorrections('I1', corrections, eventsNamedBy(result)).map((c) => c.correctionId),
    ).toEqual([undefined]);
  });
});
