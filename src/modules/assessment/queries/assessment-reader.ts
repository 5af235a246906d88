import { Inject, Injectable } from '@nestjs/common';
import { ALL_PROJECTIONS } from '../../../../projections';
import { YearIndex } from '../../../../projections/queries/year-index';
import { checkControlIndicators } from '../../../domain/assessment/control-indicators';
import { yearFacts } from '../../../domain/assessment/year-facts';
import { CONTROL_INDICATORS } from '../../../domain/agreements/indicators';
import type { EventRef } from '../../../domain/assessment/facts';
import { rank, type Ranked } from '../../../domain/assessment/ranking';
import type { AssessmentResult } from '../../../domain/assessment/result';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import type { AsOfSnapshot } from '../../../infrastructure/projections/as-of-snapshot';
import { AsOfSnapshots } from '../../../infrastructure/projections/as-of-snapshots';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { type ProjectionStatus, Projector } from '../../../infrastructure/projections/projector';
import { READ_STORE, type ReadStore } from '../../../infrastructure/read-store/read-store.port';
import { yearWindow } from '../../../domain/shared/time';
import { LiveYear, type YearView } from './live-year';
import { UnitResults } from './unit-results';
import { loadYearData } from './year-data.loader';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';

export interface PostFinalizationChange {
  unitId: string;
  description: string;
  events: EventRef[];
}

export interface YearAssessment {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  asOf: string | null;
  schemeVersion: number | null;
  results: Ranked<AssessmentResult>[];
  postFinalizationChanges: PostFinalizationChange[];
}

const CACHED_ANSWERS = 16;
/** Years of the live read models kept in memory (each holds that year's documents). */
const LIVE_YEARS = 3;
/** As-of snapshots kept in memory (each holds the replayed read models). */
const AS_OF_SNAPSHOTS = 3;

/** Projections the assessment reads (the audit index is not needed to replay an as-of view). */
const ASSESSMENT_PROJECTIONS = ALL_PROJECTIONS.filter((p) => p.name !== 'audit');

/**
 * Scores are computed, not stored: facts from the read models (live, or replayed as of a time)
 * go through the pure `assess`. A finalised year answers with the results as they stood at
 * finalisation and lists what changed since, naming the events.
 *
 * Live years are kept in memory and follow the read models document by document (live-year.ts);
 * as-of snapshots are kept while a fresh replay would give the same (as-of-snapshots.ts), with
 * each year's facts and results built once per snapshot.
 */
@Injectable()
export class AssessmentReader {
  /** Live answers by year, valid while the read models stay at the same positions. */
  private readonly cache = new Map<string, Promise<YearAssessment>>();
  /** Least recently used first. */
  private readonly liveYears = new Map<number, LiveYear>();
  private readonly snapshots: AsOfSnapshots;
  private readonly snapshotYears = new WeakMap<AsOfSnapshot, Map<number, Promise<YearView>>>();

  constructor(
    private readonly readModels: ReadModels,
    private readonly runner: Projector,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {
    this.snapshots = new AsOfSnapshots(events, ASSESSMENT_PROJECTIONS, {
      snapshots: AS_OF_SNAPSHOTS,
    });
  }

  async year(year: number, options: { asOf?: string; now?: Date } = {}): Promise<YearAssessment> {
    if (options.asOf) return this.computeYear(year, options.asOf, null);
    const now = options.now ?? new Date();
    const statuses = await this.runner.status();
    const key = cacheKey(year, statuses, now);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const answer = this.computeYear(year, now.toISOString(), statuses);
    if (this.cache.size >= CACHED_ANSWERS)
      this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, answer);
    answer.catch(() => this.cache.delete(key));
    return answer;
  }

  /**
   * `statuses`: the live read models at those positions; null: as recorded at `readingTime`
   * (an as-of read).
   */
  private async computeYear(
    year: number,
    readingTime: string,
    statuses: readonly ProjectionStatus[] | null,
  ): Promise<YearAssessment> {
    const asOf = statuses ? null : readingTime;
    const current = await this.withYear(year, readingTime, statuses, (view) =>
      summarise(year, view, readingTime),
    );
    if (!current.finalization) {
      return { ...current.answer, asOf, postFinalizationChanges: [] };
    }
    const { finalizedAt, position } = current.finalization;
    const frozenSource = await this.snapshots.at(readingTime, position);
    const frozen = summarise(year, await this.snapshotYear(frozenSource, year), finalizedAt);
    return {
      ...frozen.answer,
      asOf,
      postFinalizationChanges: changesSince(frozen.answer.results, current.answer.results),
    };
  }

  /** Runs `work` on the year as the live read models have it now, or as recorded at `asOf`. */
  private async withYear<R>(
    year: number,
    readingTime: string,
    statuses: readonly ProjectionStatus[] | null,
    work: (view: YearView) => R,
  ): Promise<R> {
    if (!statuses) return work(await this.snapshotYear(await this.snapshots.at(readingTime), year));
    return this.liveYear(year).use(statuses, work);
  }

  private liveYear(year: number): LiveYear {
    let live = this.liveYears.get(year);
    if (live) this.liveYears.delete(year);
    else live = new LiveYear(year, this.events, this.readStore, ASSESSMENT_PROJECTIONS);
    this.liveYears.set(year, live);
    if (this.liveYears.size > LIVE_YEARS)
      this.liveYears.delete(this.liveYears.keys().next().value as number);
    return live;
  }

  /** A year of a snapshot, indexed once; its unit results are kept with it. */
  private snapshotYear(snapshot: AsOfSnapshot, year: number): Promise<YearView> {
    let years = this.snapshotYears.get(snapshot);
    if (!years) this.snapshotYears.set(snapshot, (years = new Map()));
    let view = years.get(year);
    if (!view) {
      view = loadYearData(snapshot, year).then(({ data, scheme, schemeDoc }) => {
        const index = new YearIndex(data);
        return { index, results: new UnitResults(index), scheme, schemeDoc };
      });
      years.set(year, view);
      view.catch(() => years.delete(year));
    }
    return view;
  }

  /** The live positions now, or null for an as-of read. */
  private async statusesFor(asOf: string | undefined) {
    return asOf ? null : this.runner.status();
  }

  /**
   * Every control indicator of a unit for the year (counts, and rates from the recorded
   * statistics), with the agreement's caps where it sets them.
   */
  async controlIndicators(year: number, unitId: string, options: { asOf?: string } = {}) {
    const readingTime = options.asOf ?? new Date().toISOString();
    const statuses = await this.statusesFor(options.asOf);
    return this.withYear(year, readingTime, statuses, ({ index, results }) => {
      if (!index.hasUnit(unitId)) return null;
      const facts = results.facts(unitId);
      const caps = facts.agreement?.controlIndicators ?? {};
      const measured = checkControlIndicators(
        Object.fromEntries(
          CONTROL_INDICATORS.map((indicator) => [indicator, Number.POSITIVE_INFINITY]),
        ),
        yearFacts(facts).incidents,
        facts.statistics,
      );
      return {
        unitId,
        year,
        statistics: facts.statistics,
        indicators: measured.map(
          ({ pushedPastCapBy: _unused, cap: _none, exceeded: _never, ...indicator }) => {
            const cap = caps[indicator.indicator];
            return {
              ...indicator,
              cap: cap ?? null,
              exceeded: cap !== undefined && indicator.actual !== null && indicator.actual > cap,
            };
          },
        ),
      };
    });
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
  ): Promise<{ result: AssessmentResult; answer: YearAssessment } | null> {
    const answer = await this.year(year, options);
    const result = answer.results.find((r) => r.unitId === unitId);
    if (result) return { result, answer };
    const readingTime = options.asOf ?? (options.now ?? new Date()).toISOString();
    const statuses = await this.statusesFor(options.asOf);
    const other = await this.withYear(year, readingTime, statuses, ({ index, results, scheme }) =>
      index.hasUnit(unitId) ? results.result(scheme, unitId, readingTime) : null,
    );
    return other ? { result: other, answer } : null;
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

/** Every assessed unit's result at `readingTime`, ranked. */
function summarise(year: number, view: YearView, readingTime: string) {
  const { index, results, scheme, schemeDoc } = view;
  const finalization = index.finalization();
  return {
    finalization,
    answer: {
      year,
      finalized: finalization !== null,
      finalizedAt: finalization?.finalizedAt ?? null,
      schemeVersion: schemeDoc?.version ?? null,
      results: rank(
        index.assessedUnitIds().map((unitId) => results.result(scheme, unitId, readingTime)),
      ),
    },
  };
}

const refKey = (ref: EventRef) => `${ref.streamId}/${ref.eventId}`;

function refsOf(result: AssessmentResult): Map<string, EventRef> {
  const refs = [
    ...result.items.flatMap((item) => item.events),
    ...result.vetoReasons.flatMap((veto) => veto.events),
    ...result.promotionBars.flatMap((bar) => bar.events),
  ];
  return new Map(refs.map((ref) => [refKey(ref), ref]));
}

/** What would change each unit's frozen result, with the events behind the change. */
export function changesSince(
  frozen: readonly AssessmentResult[],
  current: readonly AssessmentResult[],
): PostFinalizationChange[] {
  const before = new Map(frozen.map((r) => [r.unitId, r]));
  return current.flatMap((now) => {
    const then = before.get(now.unitId);
    const differences: string[] = [];
    if (!then) differences.push('now assessed');
    else {
      if (then.score !== now.score) differences.push(`score ${then.score} → ${now.score}`);
      if (then.grade !== now.grade) differences.push(`grade ${then.grade} → ${now.grade}`);
      if (then.vetoed !== now.vetoed) differences.push(`vetoed ${then.vetoed} → ${now.vetoed}`);
      const barsThen = then.promotionBars
        .map((b) => b.personId)
        .sort()
        .join(',');
      const barsNow = now.promotionBars
        .map((b) => b.personId)
        .sort()
        .join(',');
      if (barsThen !== barsNow) differences.push(`promotion bars [${barsThen}] → [${barsNow}]`);
    }
    if (differences.length === 0) return [];
    const old = then ? refsOf(then) : new Map<string, EventRef>();
    const events = [...refsOf(now).entries()]
      .filter(([key]) => !old.has(key))
      .map(([, ref]) => ref);
    return [{ unitId: now.unitId, description: differences.join('; '), events }];
  });
}
