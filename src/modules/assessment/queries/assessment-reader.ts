import { Inject, Injectable } from '@nestjs/common';
import { runInSlices } from '../../../infrastructure/cooperative';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { type ProjectionStatus, Projector } from '../../../infrastructure/projections/projector';
import { READ_STORE, type ReadStore } from '../../../infrastructure/read-store/read-store.port';
import { yearWindow } from '../../../domain/shared/time';
import { AS_OF_READS, type AsOfReads, type Finalization } from '../../as-of/as-of-reads';
import { LiveYear } from './live-year';
import { type QuarterStandings, yearQuarters } from './quarter-answer';
import { unitControlIndicators } from './unit-control-indicators';
import { type EscalationView, yearEscalations } from './year-escalations';
import {
  summarise,
  unassessedResult,
  unitAssessment,
  yearAssessment,
  type UnitAssessment,
  type YearAssessment,
  type YearSummary,
} from './year-answer';
import { ASSESSMENT_PROJECTIONS } from './year-data.loader';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';

import { type LeagueTableView, toLeagueTableView } from '../assessment-views';

export interface ReadOptions {
  asOf?: string;
}

export const asOfOption = (options: ReadOptions) =>
  options.asOf ? { asOf: new Date(options.asOf).toISOString() } : {};

const CACHED_ANSWERS = 16;
/** Years of the live read models kept in memory (each holds that year's documents). */
const LIVE_YEARS = 3;
/** Finalised years' results as they stood at finalisation, kept by year and position. */
const FROZEN_YEARS = 3;

/**
 * Scores are computed, not stored: facts from the read models go through the pure `assess`. A
 * finalised year answers with the results as they stood at finalisation and lists what changed
 * since, naming the events.
 *
 * Live years are kept in memory and follow the read models document by document (live-year.ts).
 * Whatever replays the log — an as-of read, a finalised year's results at finalisation — is
 * asked of AsOfReads, which runs it off the request thread unless configured otherwise.
 */
@Injectable()
export class AssessmentReader {
  /** Live answers by year, valid while the read models stay at the same positions. */
  private readonly cache = new Map<string, Promise<YearAssessment>>();
  /** Least recently used first. */
  private readonly liveYears = new Map<number, LiveYear>();
  /** Live quarters (季度考评) by year, kept as `cache` is. */
  private readonly quarterCache = new Map<string, Promise<QuarterStandings[]>>();
  /** Least recently used first. */
  private readonly frozenYears = new Map<string, Promise<YearSummary>>();

  constructor(
    private readonly readModels: ReadModels,
    private readonly runner: Projector,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(AS_OF_READS) private readonly asOf: AsOfReads,
  ) {}

  async year(year: number, options: { asOf?: string; now?: Date } = {}): Promise<YearAssessment> {
    if (options.asOf) return this.asOf.year(year, options.asOf);
    const now = options.now ?? new Date();
    const statuses = await this.runner.status();
    const key = cacheKey(year, statuses, now);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const answer = this.liveAnswer(year, now.toISOString(), statuses);
    if (this.cache.size >= CACHED_ANSWERS)
      this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, answer);
    answer.catch(() => this.cache.delete(key));
    return answer;
  }

  /** `GET /assessments/:year` (考核排名): the league table, of one kind and under one parent if asked. */
  async leagueTable(
    year: number,
    filter: ReadOptions & { kind?: string; parentId?: string },
  ): Promise<LeagueTableView> {
    const view = toLeagueTableView(await this.year(year, asOfOption(filter)), filter.kind);
    if (!filter.parentId) return view;
    const parents = await this.parentsOf(view.units.map((u) => u.unitId));
    return { ...view, units: view.units.filter((u) => parents.get(u.unitId) === filter.parentId) };
  }

  /** The year's four quarters as they stand at each quarter's end (quarter-answer.ts). */
  async quarters(
    year: number,
    options: { asOf?: string; now?: Date } = {},
  ): Promise<QuarterStandings[]> {
    if (options.asOf) return this.asOf.quarters(year, options.asOf);
    const now = options.now ?? new Date();
    const statuses = await this.runner.status();
    const key = cacheKey(year, statuses, now);
    const cached = this.quarterCache.get(key);
    if (cached) return cached;
    const answer = this.liveYear(year).use(statuses, (view) =>
      runInSlices(yearQuarters(view, now.toISOString(), null)),
    );
    if (this.quarterCache.size >= CACHED_ANSWERS)
      this.quarterCache.delete(this.quarterCache.keys().next().value as string);
    this.quarterCache.set(key, answer);
    answer.catch(() => this.quarterCache.delete(key));
    return answer;
  }

  /** The escalation candidates (升级问责建议) of a unit and those below it, now or as of a time. */
  async escalations(
    year: number,
    withinUnitId: string | null,
    options: { asOf?: string; now?: Date } = {},
  ): Promise<EscalationView[]> {
    if (options.asOf) return this.asOf.escalations(year, withinUnitId, options.asOf);
    const now = options.now ?? new Date();
    return this.liveYear(year).use(await this.runner.status(), (view) =>
      runInSlices(yearEscalations(view, withinUnitId, now.toISOString())),
    );
  }

  /** The year as the read models have it at `statuses`. */
  private async liveAnswer(
    year: number,
    readingTime: string,
    statuses: readonly ProjectionStatus[],
  ): Promise<YearAssessment> {
    const current = await this.liveYear(year).use(statuses, (view) =>
      runInSlices(summarise(year, view, readingTime)),
    );
    const frozen = current.finalization
      ? await this.frozenYear(year, current.finalization, readingTime)
      : null;
    return yearAssessment(current.answer, frozen, null);
  }

  /** A finalised year's results as they stood at finalisation: replayed once, then kept. */
  frozenYear(year: number, finalization: Finalization, readingTime: string): Promise<YearSummary> {
    const key = `${year}@${finalization.position}`;
    let frozen = this.frozenYears.get(key);
    if (frozen) this.frozenYears.delete(key);
    else {
      frozen = this.asOf.frozenYear(
        year,
        { position: finalization.position, finalizedAt: finalization.finalizedAt },
        readingTime,
      );
      frozen.catch(() => this.frozenYears.delete(key));
    }
    this.frozenYears.set(key, frozen);
    if (this.frozenYears.size > FROZEN_YEARS)
      this.frozenYears.delete(this.frozenYears.keys().next().value as string);
    return frozen;
  }

  private liveYear(year: number): LiveYear {
    let live = this.liveYears.get(year);
    if (live) this.liveYears.delete(year);
    else live = new LiveYear(year, this.readStore, ASSESSMENT_PROJECTIONS);
    this.liveYears.set(year, live);
    if (this.liveYears.size > LIVE_YEARS)
      this.liveYears.delete(this.liveYears.keys().next().value as number);
    return live;
  }

  /**
   * Every control indicator of a unit for the year (counts, and rates from the recorded
   * statistics), with the agreement's caps where it sets them.
   */
  async controlIndicators(year: number, unitId: string, options: { asOf?: string } = {}) {
    if (options.asOf) return this.asOf.controlIndicators(year, unitId, options.asOf);
    return this.liveYear(year).use(await this.runner.status(), (view) =>
      unitControlIndicators(view, year, unitId),
    );
  }

  /** The parent of each unit, for league tables filtered by parent. */
  async parentsOf(unitIds: readonly string[]): Promise<Map<string, string | null>> {
    const units = await this.readModels.find<UnitDoc>(unitsProjection, 'units', {
      where: { _id: { $in: [...unitIds] } },
    });
    return new Map(units.map((u) => [u._id, u.parentId]));
  }

  /** One unit's result; a unit without an agreement for the year is answered `assessed: false`. */
  async unit(
    year: number,
    unitId: string,
    options: { asOf?: string; now?: Date } = {},
  ): Promise<UnitAssessment | null> {
    if (options.asOf) return this.asOf.unit(year, unitId, options.asOf);
    const now = options.now ?? new Date();
    return unitAssessment(await this.year(year, { now }), unitId, async () =>
      this.liveYear(year).use(await this.runner.status(), (view) =>
        unassessedResult(view, unitId, now.toISOString()),
      ),
    );
  }
}

/**
 * The projections' positions, and — while the year is still running, when "overdue" depends on
 * the reading time — the reading time to the second.
 */
function cacheKey(year: number, statuses: readonly ProjectionStatus[], now: Date): string {
  const positions = statuses.map((s) => `${s.generation}@${s.position}`).join(',');
  const running = now.getTime() < yearWindow(year).endMs;
  return `${year}|${positions}|${running ? Math.floor(now.getTime() / 1000) : 'closed'}`;
}
