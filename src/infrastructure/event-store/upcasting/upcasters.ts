import { conclusionWithNature } from '../../../modules/incidents/incident-upcasters';
import { schemeWithOverdueProblem } from '../../../modules/assessment/scheme-upcasters';
import { markHazardExtension } from '../../../modules/inspections/hazard-extension-marks';
import { answerWithoutShownOnce } from '../../../modules/shared/idempotency-records';
import { anchorWithScheme } from '../integrity/anchor';
import { UpcasterRegistry } from './upcaster-registry';

/** Every upcaster of the application's events, one per type and version. */
export const upcasters = new UpcasterRegistry([
  answerWithoutShownOnce,
  anchorWithScheme,
  conclusionWithNature,
  markHazardExtension,
  schemeWithOverdueProblem,
]);
