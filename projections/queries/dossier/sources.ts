import type { AssessmentResult } from '../../../src/domain/assessment/result';
import { toMs } from '../../../src/domain/shared/time';
import type { AgreementDoc } from '../../agreements';
import type { ActionDoc } from '../../enforcement';
import type { HazardDoc } from '../../hazards';
import type { IncidentDoc } from '../../incidents';
import type { PersonDoc } from '../../persons';
import type { UnitDoc } from '../../units';
import type { DossierWindow } from './types';

/** What a dossier is computed from: read models (live or as recorded then) and the assessment. */
export interface DossierSources {
  person: PersonDoc;
  /** The units of the person's posts, of the incidents' places and ancestors, and those named liable. */
  units: readonly UnitDoc[];
  /** The agreements the person signed. */
  agreements: readonly AgreementDoc[];
  /** Incidents in the territory of the person's units, and those whose records name the person. */
  incidents: readonly IncidentDoc[];
  /** Accountability actions against the person. */
  actions: readonly ActionDoc[];
  /** Major hazards of the units where the person held a principal post. */
  hazards: readonly HazardDoc[];
  /** The assessment results of the years `dossierYears` names (every unit assessed then). */
  results: readonly AssessmentResult[];
}

export const inWindow = (at: string, { from, to }: DossierWindow): boolean =>
  (from === undefined || toMs(from) <= toMs(at)) && (to === undefined || toMs(at) < toMs(to));

/** Whether [start, end) meets the window (end null: open). */
export const meetsWindow = (start: string, end: string | null, { from, to }: DossierWindow) =>
  (to === undefined || toMs(start) < toMs(to)) &&
  (from === undefined || end === null || toMs(from) < toMs(end));

export const unitNameOf = (units: ReadonlyMap<string, UnitDoc>, unitId: string): string =>
  units.get(unitId)?.name ?? unitId;
