import { labelOf } from '../../src/domain/shared/labels';
import type { AgreementDoc } from '../agreements';
import type { UnitDoc } from '../units';

export interface CoverageEntry {
  unitId: string;
  name: string;
  kind: string;
  /** 单位类型, in Chinese. */
  kindLabel: string;
  /** The unit's active agreement for the year; absent for a unit without one. */
  agreementId?: string;
}

/** `GET /agreements/coverage`: the units below a unit, with and without an active agreement. */
export interface Coverage {
  unitId: string;
  year: number;
  covered: CoverageEntry[];
  missing: CoverageEntry[];
}

/** Which units below `unit` (any depth, enterprises included) have an active agreement for the year. */
export function agreementCoverage(
  unit: UnitDoc,
  units: readonly UnitDoc[],
  activeAgreements: readonly AgreementDoc[],
  year: number,
): Coverage {
  const byResponsible = new Map(
    activeAgreements
      .filter((a) => a.year === year && a.status === 'active')
      .map((a) => [a.responsibleUnitId, a]),
  );
  const covered: CoverageEntry[] = [];
  const missing: CoverageEntry[] = [];
  for (const candidate of [...units].sort((a, b) => a._id.localeCompare(b._id))) {
    if (candidate._id === unit._id || !candidate.path.includes(unit._id)) continue;
    const entry = {
      unitId: candidate._id,
      name: candidate.name,
      kind: candidate.kind,
      kindLabel: labelOf('unitKind', candidate.kind),
    };
    const agreement = byResponsible.get(candidate._id);
    if (agreement) covered.push({ ...entry, agreementId: agreement._id });
    else missing.push(entry);
  }
  return { unitId: unit._id, year, covered, missing };
}

/** Coverage as a percentage of the units below (100 when there are none). */
export const coverageRate = (coverage: Coverage): number => {
  const total = coverage.covered.length + coverage.missing.length;
  return total === 0 ? 100 : (coverage.covered.length / total) * 100;
};
