import {
  type UnitYearCommand,
  unitYearDecider,
  unitYearStreamId,
} from '../../../domain/assessment';
import type { AggregateExecutor } from '../../shared/aggregate-executor';
import type { CommandContext } from '../../shared/command-context';
import type { UnitLookup } from '../../units/unit-lookup';
import { unitYearResult } from '../assessment-inputs';

/** The path of a write to a unit's assessment year: `/assessments/:year/units/:unitId/...`. */
export type UnitYearParams = { year: number; unitId: string };

/**
 * Runs one command on a unit's assessment year (its stream begun by the first) once the unit in
 * the path is known; answers the year's scores and commendations, and the position.
 */
export async function writeUnitYear(
  aggregates: AggregateExecutor,
  units: UnitLookup,
  { year, unitId }: UnitYearParams,
  context: CommandContext,
  command: () => Promise<UnitYearCommand>,
) {
  await units.inPath(unitId);
  const result = await aggregates.execute({
    mode: 'upsert',
    decider: unitYearDecider,
    streamId: unitYearStreamId(year, unitId),
    context,
    label: `assessment ${year} of unit ${unitId}`,
    command,
  });
  return unitYearResult(year, unitId, result);
}
