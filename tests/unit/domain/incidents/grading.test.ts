import {
  INCIDENT_GRADES,
  gradeAtLeast,
  gradeIncident,
  type IncidentGrade,
} from '../../../../src/domain/incidents/grading';

const none = { deaths: 0, seriousInjuries: 0, directLossYuan: 0 };

describe('incident grading (条例 art. 3, "以上" includes the bound)', () => {
  it.each<[number, IncidentGrade]>([
    [0, 'general'],
    [2, 'general'],
    [3, 'larger'],
    [9, 'larger'],
    [10, 'major'],
    [29, 'major'],
    [30, 'especially_major'],
  ])('%i deaths → %s', (deaths, grade) => {
    expect(gradeIncident({ ...none, deaths })).toBe(grade);
  });

  it.each<[number, IncidentGrade]>([
    [9, 'general'],
    [10, 'larger'],
    [49, 'larger'],
    [50, 'major'],
    [99, 'major'],
    [100, 'especially_major'],
  ])('%i serious injuries → %s', (seriousInjuries, grade) => {
    expect(gradeIncident({ ...none, seriousInjuries })).toBe(grade);
  });

  it.each<[number, IncidentGrade]>([
    [9_999_999, 'general'],
    [10_000_000, 'larger'],
    [49_999_999, 'larger'],
    [50_000_000, 'major'],
    [99_999_999, 'major'],
    [100_000_000, 'especially_major'],
  ])('%i yuan direct loss → %s', (directLossYuan, grade) => {
    expect(gradeIncident({ ...none, directLossYuan })).toBe(grade);
  });

  it('takes the highest grade any one criterion reaches', () => {
    expect(gradeIncident({ deaths: 1, seriousInjuries: 50, directLossYuan: 10_000_000 })).toBe(
      'major',
    );
    expect(gradeIncident({ deaths: 30, seriousInjuries: 0, directLossYuan: 0 })).toBe(
      'especially_major',
    );
  });

  it('lists the grades from least to most serious with Chinese labels', () => {
    expect(INCIDENT_GRADES.map((g) => g.code)).toEqual([
      'general',
      'larger',
      'major',
      'especially_major',
    ]);
    expect(INCIDENT_GRADES.map((g) => g.label)).toEqual([
      '一般事故',
      '较大事故',
      '重大事故',
      '特别重大事故',
    ]);
  });

  it('compares grades by seriousness', () => {
    expect(gradeAtLeast('larger', 'larger')).toBe(true);
    expect(gradeAtLeast('major', 'larger')).toBe(true);
    expect(gradeAtLeast('especially_major', 'major')).toBe(true);
    expect(gradeAtLeast('general', 'larger')).toBe(false);
    expect(gradeAtLeast('major', 'especially_major')).toBe(false);
  });
});
