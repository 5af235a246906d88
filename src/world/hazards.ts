import { type HazardLevel, hazardDeadline, type YearWindow } from './inspections';
import { hazardDescription, personName } from './names';
import type { Rng } from './prng';
import { DAY, seasonalTime } from './time';
import type { UnitInfo } from './units';

/** A hazard found outside an inspection: how grave, by when to rectify, who verifies, what. */
export interface ReportedHazard {
  level: HazardLevel;
  deadline: number;
  verifier: string;
  description: string;
}

/** 企业自查自报 or found on a whistleblower's report: rarely major. */
export function reportedHazard(rng: Rng, unit: UnitInfo, identifiedAt: number): ReportedHazard {
  const level: HazardLevel = rng.chance(0.02) ? 'major' : 'general';
  const deadline = hazardDeadline(rng, level, identifiedAt);
  const verifier = personName(rng);
  return { level, deadline, verifier, description: hazardDescription(rng, unit.industry) };
}

/** Which enterprises report hazards of their own in the year, and when (drawn as they are asked for). */
export function* planDirectHazards(
  rng: Rng,
  { year, last }: YearWindow,
  enterprises: readonly UnitInfo[],
  perEnterprise: number,
): Generator<{ unit: UnitInfo; at: number }> {
  const total = rng.around(perEnterprise * enterprises.length);
  for (let i = 0; i < total; i++) {
    const unit = rng.pick(enterprises);
    yield { unit, at: seasonalTime(rng, year, last - DAY) };
  }
}
