import {
  INSPECTION_KINDS,
  assignHazardIds,
  hazardDecider,
  hazardIdentificationsOf,
  inspectionDecider,
  inspectionStreamId,
  toInspectionView,
  type ConductInspection,
  type InspectionConducted,
} from '../../../../src/domain/inspections';
import { spec } from '../decider-spec';

const inspection = spec(inspectionDecider);

const NOW = '2025-06-30T02:00:00.000Z';
const CONDUCTED_AT = '2025-03-01T02:00:00.000Z';

const findings: InspectionConducted['data']['findings'] = [
  {
    hazardId: 'INS-1-F1',
    level: 'general',
    description: '消防通道堵塞',
    deadline: '2025-03-08T02:00:00.000Z',
  },
  {
    hazardId: 'INS-1-F2',
    level: 'major',
    description: '液氨储罐无泄漏报警',
    deadline: '2025-04-01T02:00:00.000Z',
  },
];

/** Inspection INS-1 of E1 by D1 as conducted (command and event alike). */
const INS1 = {
  id: 'INS-1',
  inspectedUnitId: 'E1',
  inspectingUnitId: 'D1',
  kind: 'unannounced' as const,
  conductedAt: CONDUCTED_AT,
  inspectors: ['王五', '赵六'],
  findings,
};

const conductCommand = (overrides: Partial<ConductInspection> = {}): ConductInspection => ({
  type: 'ConductInspection',
  ...INS1,
  now: NOW,
  ...overrides,
});

const conducted = (overrides: Partial<InspectionConducted['data']> = {}): InspectionConducted => ({
  type: 'InspectionConducted',
  data: { ...INS1, ...overrides },
});

describe('conducting an inspection', () => {
  it('has a stream per inspection and six kinds with Chinese labels', () => {
    expect(inspectionStreamId('INS-1')).toBe('inspection-INS-1');
    expect(INSPECTION_KINDS.map((k) => k.code)).toEqual([
      'routine',
      'special',
      'unannounced',
      'joint',
      'patrol',
      'self',
    ]);
    expect(INSPECTION_KINDS.find((k) => k.code === 'self')?.label).toBe('自查');
  });

  it('records the inspection with its findings', () => {
    inspection.given([]).when(conductCommand()).then([conducted()]);
  });

  it('records an inspection without findings', () => {
    inspection
      .given([])
      .when(conductCommand({ findings: [] }))
      .then([conducted({ findings: [] })]);
  });

  it('refuses an existing inspection (409)', () => {
    inspection.given([conducted()]).when(conductCommand()).thenThrows('state', 'already_exists');
  });

  it('refuses an unknown kind', () => {
    inspection
      .given([])
      .when(conductCommand({ kind: 'casual' }))
      .thenThrows('rule', 'invalid_kind');
  });

  it('refuses conductedAt in the future, accepts it at now', () => {
    inspection
      .given([])
      .when(conductCommand({ conductedAt: '2025-06-30T02:00:00.001Z', findings: [] }))
      .thenThrows('rule', 'in_future');
    inspection
      .given([])
      .when(conductCommand({ conductedAt: NOW, findings: [] }))
      .then([conducted({ conductedAt: NOW, findings: [] })]);
  });

  it('requires at least one inspector, each named', () => {
    inspection
      .given([])
      .when(conductCommand({ inspectors: [] }))
      .thenThrows('rule', 'inspectors_required');
    inspection
      .given([])
      .when(conductCommand({ inspectors: ['王五', ' '] }))
      .thenThrows('rule', 'required');
  });

  it('requires each finding deadline after conductedAt', () => {
    inspection
      .given([])
      .when(conductCommand({ findings: [{ ...findings[0], deadline: CONDUCTED_AT }] }))
      .thenThrows('rule', 'deadline_not_after_start');
    inspection
      .given([])
      .when(
        conductCommand({ findings: [{ ...findings[0], deadline: '2025-03-01T02:00:00.001Z' }] }),
      )
      .thenMatches([{ type: 'InspectionConducted' }]);
  });

  it('refuses a finding with an unknown level or no description', () => {
    inspection
      .given([])
      .when(conductCommand({ findings: [{ ...findings[0], level: 'minor' }] }))
      .thenThrows('rule', 'invalid_level');
    inspection
      .given([])
      .when(conductCommand({ findings: [{ ...findings[0], description: '' }] }))
      .thenThrows('rule', 'required');
  });

  it('refuses hazard ids repeated within the inspection', () => {
    inspection
      .given([])
      .when(conductCommand({ findings: [findings[0], { ...findings[1], hazardId: 'INS-1-F1' }] }))
      .thenThrows('rule', 'duplicate_hazard_id');
  });
});

describe('the hazards of an inspection', () => {
  it('assigns missing hazard ids from the inspection id and the finding position', () => {
    const assigned = assignHazardIds('INS-1', [
      { level: 'general', description: 'a', deadline: '2025-03-08T02:00:00.000Z' },
      { hazardId: 'H-9', level: 'general', description: 'b', deadline: '2025-03-08T02:00:00.000Z' },
      { level: 'major', description: 'c', deadline: '2025-04-01T02:00:00.000Z' },
    ]);
    expect(assigned.map((f) => f.hazardId)).toEqual(['INS-1-F1', 'H-9', 'INS-1-F3']);
  });

  it('identifies one hazard per finding, sourced from and supervised by the inspecting unit', () => {
    const unit = { id: 'E1', kind: 'enterprise', industry: 'hazardous_chemicals', parentId: 'T1' };
    const commands = hazardIdentificationsOf(conducted().data, unit, NOW);
    expect(commands).toHaveLength(2);
    expect(commands[1]).toEqual({
      type: 'IdentifyHazard',
      id: 'INS-1-F2',
      unitId: 'E1',
      level: 'major',
      description: '液氨储罐无泄漏报警',
      identifiedAt: CONDUCTED_AT,
      deadline: '2025-04-01T02:00:00.000Z',
      source: { inspectionId: 'INS-1' },
      unit,
      supervisingUnitId: 'D1',
      now: NOW,
    });
    expect(hazardDecider.decide(commands[1], null)).toEqual([
      expect.objectContaining({ type: 'HazardIdentified' }),
      {
        type: 'HazardListedForSupervision',
        data: { supervisingUnitId: 'D1', listedAt: CONDUCTED_AT },
      },
    ]);
    expect(hazardDecider.decide(commands[0], null)).toHaveLength(1);
  });

  it('shows the inspection with its hazard ids', () => {
    const { data } = conducted();
    expect(toInspectionView(data)).toEqual({
      ...data,
      kindLabel: '明查暗访/四不两直',
      findings: data.findings.map((f) => ({
        ...f,
        levelLabel: f.level === 'major' ? '重大隐患' : '一般隐患',
      })),
      hazardIds: ['INS-1-F1', 'INS-1-F2'],
    });
  });
});
