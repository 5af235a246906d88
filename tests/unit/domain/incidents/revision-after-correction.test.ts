import type { IncidentEvent } from '../../../../src/domain/incidents/events';
import { incidentDecider } from '../../../../src/domain/incidents/decider';
import type { CorrectableField } from '../../../../src/domain/incidents/state';
import { toIncidentView } from '../../../../src/domain/incidents/view';
import { fold } from '../../../../src/domain/shared/decider';
import { DAY, NOW, OCCURRED, after, incident, reported } from './fixtures';

/** OCCURRED is 2025-03-01 10:00 CST: day 30 ends at 24:00 CST on 03-31, day 7 on 03-08. */
const revised = (revisedAt: string, events: IncidentEvent[]): IncidentEvent[] => [
  ...events,
  ...incident
    .given(events)
    .when({
      type: 'ReviseCasualties',
      deaths: 1,
      seriousInjuries: 0,
      directLossYuan: 0,
      revisedAt,
      now: NOW,
    })
    .events(),
];

/** A correction proposed by one office user and approved by another (四眼原则). */
const corrected = (field: CorrectableField, to: string, events: IncidentEvent[]) => {
  const proposal = incident
    .given(events)
    .when({
      type: 'ProposeIncidentCorrection',
      correctionId: `C-${field}`,
      field,
      to,
      reason: '核实更正',
      proposedBy: 'office-a',
      now: NOW,
    })
    .events();
  const withProposal = [...events, ...proposal];
  return [
    ...withProposal,
    ...incident
      .given(withProposal)
      .when({
        type: 'ApproveIncidentCorrection',
        correctionId: `C-${field}`,
        approvedBy: 'office-b',
        approvedAt: NOW,
        now: NOW,
      })
      .events(),
  ];
};

const flags = (events: IncidentEvent[]) => {
  const state = fold(incidentDecider, events)!;
  return {
    revisions: state.revisions.map((r) => r.revisedAfterWindow),
    view: toIncidentView(state, NOW).revisedAfterWindow,
  };
};

describe('revisedAfterWindow follows an applied correction of what the window rests on', () => {
  const DAY_8 = after(OCCURRED, 8 * DAY);

  it('an industry corrected to road_traffic puts a revision on day 8 after its 7-day window', () => {
    const events = revised(DAY_8, [reported({ industry: 'construction' })]);
    expect(flags(events)).toEqual({ revisions: [false], view: false });
    expect(flags(corrected('industry', 'road_traffic', events))).toEqual({
      revisions: [true],
      view: true,
    });
  });

  it('an industry corrected from fire to construction puts it back within the 30-day window', () => {
    const events = revised(DAY_8, [reported({ industry: 'fire' })]);
    expect(flags(events)).toEqual({ revisions: [true], view: true });
    expect(flags(corrected('industry', 'construction', events))).toEqual({
      revisions: [false],
      view: false,
    });
  });

  it('an earlier occurredAt ends the window earlier (24:00 CST of the 30th day after it)', () => {
    const revisedAt = new Date('2025-03-30T12:00:00+08:00').toISOString();
    const events = revised(revisedAt, [reported()]);
    expect(flags(events)).toEqual({ revisions: [false], view: false });
    const earlier = new Date('2025-02-27T10:00:00+08:00').toISOString();
    expect(flags(corrected('occurredAt', earlier, events))).toEqual({
      revisions: [true],
      view: true,
    });
  });

  it('a correction of anything else leaves the flags as decided', () => {
    const events = revised(DAY_8, [reported({ industry: 'fire' })]);
    expect(flags(corrected('description', '更正后的描述', events))).toEqual({
      revisions: [true],
      view: true,
    });
  });
});
