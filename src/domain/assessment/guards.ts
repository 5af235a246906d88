import { stateConflict } from '../shared/errors';
import { requireYear } from '../units/guards';

/** The year's results are locked once it is finalised. */
export function requireOpenYear(command: { year: number; yearFinalized: boolean }): number {
  const year = requireYear(command.year);
  if (command.yearFinalized) {
    throw stateConflict('year_finalized', `the assessment of ${year} is finalised`);
  }
  return year;
}
