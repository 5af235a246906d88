import { YearIndex } from '../../../projections/queries/year-index';
import { runInSlices } from '../../infrastructure/cooperative';
import type { EventStore } from '../../infrastructure/event-store/event-store.port';
import type { AsOfSnapshot } from '../../infrastructure/projections/as-of-snapshot';
import { AsOfSnapshots } from '../../infrastructure/projections/as-of-snapshots';
import type { YearView } from '../assessment/queries/live-year';
import { yearQuarters } from '../assessment/queries/quarter-answer';
import { yearEscalations } from '../assessment/queries/year-escalations';
import { UnitFacts } from '../assessment/queries/unit-facts';
import { unitControlIndicators } from '../assessment/queries/unit-control-indicators';
import {
  summarise,
  unassessedResult,
  unitAssessment,
  yearAssessment,
} from '../assessment/queries/year-answer';
import { ASSESSMENT_PROJECTIONS, loadYearData } from '../assessment/queries/year-data.loader';
import { readIncidentChain, readUnitChain } from '../incidents/queries/chain-reads';
import { readDossier } from '../inquiries/queries/dossier-reads';
import type { DossierWindow } from '../../../projections/queries/dossier';
import type { AsOfReads, Finalization } from './as-of-reads';

/** As-of snapshots kept in memory (each holds the replayed read models). */
const AS_OF_SNAPSHOTS = 3;

/**
 * As-of answers computed on this thread. Snapshots are kept while a fresh replay would give the
 * same (as-of-snapshots.ts), with each year's facts built once per snapshot. The
 * assessment's projections include every one a responsibility chain reads, so chains share them.
 */
export class AsOfReader implements AsOfReads {
  private readonly snapshots: AsOfSnapshots;
  private readonly years = new WeakMap<AsOfSnapshot, Map<number, Promise<YearView>>>();

  constructor(events: EventStore) {
    this.snapshots = new AsOfSnapshots(events, ASSESSMENT_PROJECTIONS, {
      snapshots: AS_OF_SNAPSHOTS,
    });
  }

  async year(year: number, asOf: string) {
    const current = await runInSlices(summarise(year, await this.yearAt(year, asOf), asOf));
    const frozen = current.finalization
      ? await this.frozenYear(year, current.finalization, asOf)
      : null;
    return yearAssessment(current.answer, frozen, asOf);
  }

  async frozenYear(year: number, { position, finalizedAt }: Finalization, readingTime: string) {
    const view = await this.yearOf(await this.snapshots.at(readingTime, position), year);
    return (await runInSlices(summarise(year, view, finalizedAt))).answer;
  }

  async quarters(year: number, asOf: string) {
    return runInSlices(yearQuarters(await this.yearAt(year, asOf), asOf, asOf));
  }

  async escalations(year: number, withinUnitId: string | null, asOf: string) {
    return runInSlices(yearEscalations(await this.yearAt(year, asOf), withinUnitId, asOf));
  }

  async unit(year: number, unitId: string, asOf: string) {
    return unitAssessment(await this.year(year, asOf), unitId, async () =>
      unassessedResult(await this.yearAt(year, asOf), unitId, asOf),
    );
  }

  async controlIndicators(year: number, unitId: string, asOf: string) {
    return unitControlIndicators(await this.yearAt(year, asOf), year, unitId);
  }

  async unitChain(unitId: string, at: string, asOf: string) {
    return readUnitChain(await this.snapshots.at(asOf), unitId, at);
  }

  async incidentChain(incidentId: string, asOf: string) {
    return readIncidentChain(await this.snapshots.at(asOf), incidentId);
  }

  async dossier(personId: string, window: DossierWindow, asOf: string) {
    return readDossier(
      await this.snapshots.at(asOf),
      personId,
      window,
      asOf,
      async (year) => (await this.year(year, asOf)).results,
    );
  }

  /** The event store is its owner's to close. */
  async close(): Promise<void> {}

  private async yearAt(year: number, asOf: string): Promise<YearView> {
    return this.yearOf(await this.snapshots.at(asOf), year);
  }

  /** A year of a snapshot, indexed once; its unit facts are kept with it. */
  private yearOf(snapshot: AsOfSnapshot, year: number): Promise<YearView> {
    let years = this.years.get(snapshot);
    if (!years) this.years.set(snapshot, (years = new Map()));
    let view = years.get(year);
    if (!view) {
      view = loadYearData(snapshot, year).then(({ data, scheme, schemeDoc }) => {
        const index = new YearIndex(data);
        return { index, facts: new UnitFacts(index), scheme, schemeDoc };
      });
      years.set(year, view);
      view.catch(() => years.delete(year));
    }
    return view;
  }
}
