import { overduePeriod } from '../../../projections/queries/dossier/hazards';
import type { Hazard } from '../../../src/domain/inspections/hazard/state';
import { cst } from './dossier-world';

const hazard = (changes: Partial<Hazard> = {}): Hazard => ({
  id: 'H',
  unitId: 'E',
  level: 'major',
  description: '深基坑无监测',
  identifiedAt: cst('2025-02-01T09:00:00'),
  initialDeadline: cst('2025-03-01T09:00:00'),
  deadline: cst('2025-03-01T09:00:00'),
  status: 'identified',
  plan: null,
  supervision: null,
  rectifications: [],
  extensions: [],
  ...changes,
});

const extension = (extendedAt: string, deadline: string, late?: true) => ({
  previousDeadline: cst('2025-03-01T09:00:00'),
  deadline: cst(deadline),
  reason: '设备未到',
  extendedAt: cst(extendedAt),
  backdated: false,
  ...(late && { late }),
});

const verified = (at: string, passed: boolean) => ({
  rectifiedAt: cst(at),
  verification: { passed, verifiedAt: cst(at), verifier: '专家组' },
});

describe('overdue period of a major hazard (dossier)', () => {
  it('runs from the deadline while it is not verified, still open at the reading time', () => {
    expect(overduePeriod(hazard(), cst('2025-06-01T00:00:00'))).toEqual({
      deadline: cst('2025-03-01T09:00:00'),
      since: cst('2025-03-01T09:00:00'),
      until: null,
    });
    // Exactly at the deadline it is not yet overdue.
    expect(overduePeriod(hazard(), cst('2025-03-01T09:00:00'))).toBeNull();
  });

  it('ends at the passed verification; a failed one does not end it', () => {
    const h = hazard({
      rectifications: [
        verified('2025-04-01T09:00:00', false),
        verified('2025-05-01T09:00:00', true),
      ],
    });
    expect(overduePeriod(h, cst('2025-06-01T00:00:00'))?.until).toBe(cst('2025-05-01T09:00:00'));
    // Read before that verification was made: still open then.
    expect(overduePeriod(h, cst('2025-04-15T00:00:00'))?.until).toBeNull();
  });

  it('is none when verified by the deadline in force, an extension granted in time moving it', () => {
    const h = hazard({
      extensions: [extension('2025-02-20T09:00:00', '2025-04-01T09:00:00')],
      rectifications: [verified('2025-03-20T09:00:00', true)],
    });
    expect(overduePeriod(h, cst('2025-06-01T00:00:00'))).toBeNull();
  });

  it('is not erased by an extension granted after the deadline had passed', () => {
    const h = hazard({
      extensions: [extension('2025-03-10T09:00:00', '2025-05-01T09:00:00', true)],
      rectifications: [verified('2025-04-01T09:00:00', true)],
    });
    expect(overduePeriod(h, cst('2025-06-01T00:00:00'))).toEqual({
      deadline: cst('2025-03-01T09:00:00'),
      since: cst('2025-03-01T09:00:00'),
      until: cst('2025-04-01T09:00:00'),
    });
  });
});
