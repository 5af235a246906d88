import {
  HAZARD_LEVELS,
  hazardStreamId,
  supervisingUnitFor,
} from '../../../../src/domain/inspections';
import {
  IDENTIFIED_AT,
  NOW,
  identified,
  identifyCommand,
  hazard,
  identifiedHazard,
} from './hazard-fixtures';

describe('identifying a hazard', () => {
  it('has a stream per hazard and two levels with Chinese labels', () => {
    expect(hazardStreamId('H-1')).toBe('hazard-H-1');
    expect(HAZARD_LEVELS).toEqual([
      { code: 'general', label: '一般隐患' },
      { code: 'major', label: '重大隐患' },
    ]);
  });

  it('records a general hazard without listing it for supervision', () => {
    hazard
      .given([])
      .when(identifyCommand({ supervisingUnitId: 'D1' }))
      .then([identified()]);
  });

  it('lists a major hazard for supervision by the named unit on identification (挂牌督办)', () => {
    hazard
      .given([])
      .when(identifyCommand({ level: 'major', supervisingUnitId: 'D1' }))
      .then([
        identified({ level: 'major' }),
        {
          type: 'HazardListedForSupervision',
          data: { supervisingUnitId: 'D1', listedAt: IDENTIFIED_AT },
        },
      ]);
  });

  it("lets the unit's parent supervise when no unit is named, and a top unit itself", () => {
    expect(supervisingUnitFor(identifyCommand())).toBe('T1');
    expect(supervisingUnitFor(identifyCommand({ unit: { id: 'E1', kind: 'city' } }))).toBe('E1');
    hazard
      .given([])
      .when(identifyCommand({ level: 'major' }))
      .thenMatches([
        { type: 'HazardIdentified' },
        {
          type: 'HazardListedForSupervision',
          data: { supervisingUnitId: 'T1', listedAt: IDENTIFIED_AT },
        },
      ]);
  });

  it('keeps its source: an inspection or a report', () => {
    hazard
      .given([])
      .when(identifyCommand({ source: { inspectionId: 'INS-1' } }))
      .then([identified({ source: { inspectionId: 'INS-1' } })]);
    hazard
      .given([])
      .when(identifyCommand({ source: { reportId: 'R-1' } }))
      .then([identified({ source: { reportId: 'R-1' } })]);
  });

  it('refuses a source naming both or neither', () => {
    hazard
      .given([])
      .when(identifyCommand({ source: { inspectionId: 'INS-1', reportId: 'R-1' } }))
      .thenThrows('rule', 'invalid_source');
    hazard
      .given([])
      .when(identifyCommand({ source: {} }))
      .thenThrows('rule', 'invalid_source');
    hazard
      .given([])
      .when(identifyCommand({ source: { inspectionId: ' ' } }))
      .thenThrows('rule', 'required');
  });

  it('refuses an existing hazard (409)', () => {
    identifiedHazard.when(identifyCommand()).thenThrows('state', 'already_exists');
  });

  it('refuses an unknown level, an empty description and unit facts of another unit', () => {
    hazard
      .given([])
      .when(identifyCommand({ level: 'minor' }))
      .thenThrows('rule', 'invalid_level');
    hazard
      .given([])
      .when(identifyCommand({ description: '  ' }))
      .thenThrows('rule', 'required');
    hazard
      .given([])
      .when(identifyCommand({ unit: { id: 'E2', kind: 'enterprise' } }))
      .thenThrows('rule', 'unit_mismatch');
  });

  it('refuses an identification in the future, but accepts one at now', () => {
    hazard
      .given([])
      .when(
        identifyCommand({
          identifiedAt: '2025-06-30T02:00:00.001Z',
          deadline: '2025-07-30T00:00:00.000Z',
        }),
      )
      .thenThrows('rule', 'in_future');
    hazard
      .given([])
      .when(identifyCommand({ identifiedAt: NOW, deadline: '2025-07-01T00:00:00.000Z' }))
      .then([identified({ identifiedAt: NOW, deadline: '2025-07-01T00:00:00.000Z' })]);
  });

  it('refuses a deadline not after identification', () => {
    hazard
      .given([])
      .when(identifyCommand({ deadline: IDENTIFIED_AT }))
      .thenThrows('rule', 'deadline_not_after_start');
    hazard
      .given([])
      .when(identifyCommand({ deadline: 'soon' }))
      .thenThrows('rule', 'invalid_time');
  });
});
