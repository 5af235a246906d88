import {
  blacklistCandidateReasons,
  type CandidateFacts,
  type CandidateIncident,
} from '../../../../src/domain/enforcement/blacklist-candidates';
import type { IncidentGrade } from '../../../../src/domain/incidents/grading';

const REFERENCE = '2026-12-31T00:00:00.000Z';

const incident = (id: string, grade: IncidentGrade, occurredAt: string): CandidateIncident => ({
  streamId: `incident-${id}`,
  eventId: `ev-${id}`,
  grade,
  occurredAt,
});

const facts = (overrides: Partial<CandidateFacts> = {}): CandidateFacts => ({
  incidents: [],
  findings: [],
  listed: false,
  referenceIso: REFERENCE,
  ...overrides,
});

const ref = (id: string) => ({ streamId: `incident-${id}`, eventId: `ev-${id}` });

describe('blacklistCandidateReasons', () => {
  it('proposes nothing for general incidents only', () => {
    expect(
      blacklistCandidateReasons(
        facts({ incidents: [incident('I1', 'general', '2025-03-01T00:00:00.000Z')] }),
      ),
    ).toEqual([]);
  });

  it.each<IncidentGrade>(['major', 'especially_major'])('proposes after a %s incident', (grade) => {
    expect(
      blacklistCandidateReasons(
        facts({ incidents: [incident('I1', grade, '2025-03-01T00:00:00.000Z')] }),
      ),
    ).toEqual([{ rule: 'major_incident', events: [ref('I1')] }]);
  });

  it('a single larger incident is not enough', () => {
    expect(
      blacklistCandidateReasons(
        facts({ incidents: [incident('I1', 'larger', '2025-03-01T00:00:00.000Z')] }),
      ),
    ).toEqual([]);
  });

  it('proposes after two larger incidents 11 months apart', () => {
    const incidents = [
      incident('I2', 'larger', '2026-02-01T00:00:00.000Z'),
      incident('I1', 'larger', '2025-03-01T00:00:00.000Z'),
    ];
    expect(blacklistCandidateReasons(facts({ incidents }))).toEqual([
      { rule: 'two_larger_within_12_months', events: [ref('I1'), ref('I2')] },
    ]);
  });

  it('does not propose after two larger incidents 13 months apart', () => {
    const incidents = [
      incident('I1', 'larger', '2025-03-01T00:00:00.000Z'),
      incident('I2', 'larger', '2026-04-01T00:00:00.000Z'),
    ];
    expect(blacklistCandidateReasons(facts({ incidents }))).toEqual([]);
  });

  it('counts two larger incidents exactly 12 CST months apart as within, 1 ms more as not', () => {
    const first = incident('I1', 'larger', '2025-03-01T00:00:00.000Z');
    const atBound = incident('I2', 'larger', '2026-03-01T00:00:00.000Z');
    const past = incident('I3', 'larger', '2026-03-01T00:00:00.001Z');
    expect(blacklistCandidateReasons(facts({ incidents: [first, atBound] }))).toHaveLength(1);
    expect(blacklistCandidateReasons(facts({ incidents: [first, past] }))).toEqual([]);
  });

  it('names only the larger incidents that have a partner within 12 months', () => {
    const incidents = [
      incident('I1', 'larger', '2023-01-01T00:00:00.000Z'),
      incident('I2', 'larger', '2025-03-01T00:00:00.000Z'),
      incident('I3', 'larger', '2025-09-01T00:00:00.000Z'),
    ];
    expect(blacklistCandidateReasons(facts({ incidents }))).toEqual([
      { rule: 'two_larger_within_12_months', events: [ref('I2'), ref('I3')] },
    ]);
  });

  it.each(['false', 'concealed'] as const)('proposes after an established %s report', (kind) => {
    const finding = {
      streamId: 'incident-I1',
      eventId: 'ev-F',
      kind,
      establishedAt: '2025-05-01T00:00:00.000Z',
    };
    expect(blacklistCandidateReasons(facts({ findings: [finding] }))).toEqual([
      { rule: 'false_or_concealed_report', events: [{ streamId: 'incident-I1', eventId: 'ev-F' }] },
    ]);
  });

  it.each(['late', 'omitted'] as const)('does not propose after a %s finding', (kind) => {
    const finding = {
      streamId: 'incident-I1',
      eventId: 'ev-F',
      kind,
      establishedAt: '2025-05-01T00:00:00.000Z',
    };
    expect(blacklistCandidateReasons(facts({ findings: [finding] }))).toEqual([]);
  });

  it('gives every rule that applies, in order', () => {
    const result = blacklistCandidateReasons(
      facts({
        incidents: [
          incident('I1', 'major', '2025-01-01T00:00:00.000Z'),
          incident('I2', 'larger', '2025-02-01T00:00:00.000Z'),
          incident('I3', 'larger', '2025-03-01T00:00:00.000Z'),
        ],
        findings: [
          {
            streamId: 'incident-I2',
            eventId: 'ev-F',
            kind: 'false',
            establishedAt: '2025-04-01T00:00:00.000Z',
          },
        ],
      }),
    );
    expect(result.map((r) => r.rule)).toEqual([
      'major_incident',
      'two_larger_within_12_months',
      'false_or_concealed_report',
    ]);
  });

  it('proposes nothing for an enterprise already listed', () => {
    expect(
      blacklistCandidateReasons(
        facts({ listed: true, incidents: [incident('I1', 'major', '2025-03-01T00:00:00.000Z')] }),
      ),
    ).toEqual([]);
  });

  it('ignores facts after the reference time and before since', () => {
    const major = incident('I1', 'major', '2025-03-01T00:00:00.000Z');
    expect(
      blacklistCandidateReasons(
        facts({ incidents: [major], referenceIso: '2025-02-28T23:59:59.999Z' }),
      ),
    ).toEqual([]);
    expect(
      blacklistCandidateReasons(facts({ incidents: [major], since: '2025-03-01T00:00:00.001Z' })),
    ).toEqual([]);
    expect(
      blacklistCandidateReasons(facts({ incidents: [major], since: '2025-03-01T00:00:00.000Z' })),
    ).toHaveLength(1);
  });
});
