import { Inject, Injectable } from '@nestjs/common';
import { ALL_PROJECTIONS } from '../../../../projections';
import { buildFacts, YearIndex } from '../../../../projections/queries/assessment-facts';
import { assess } from '../../../domain/assessment/assess';
import { checkControlIndicators } from '../../../domain/assessment/control-indicators';
import { yearFacts } from '../../../domain/assessment/year-facts';
import { CONTROL_INDICATORS } from '../../../domain/agreements/indicators';
import { roundForDisplay } from '../../../domain/assessment/display';
import type { EventRef } from '../../../domain/assessment/facts';
import { rank, type Ranked } from '../../../domain/assessment/ranking';
import type { AssessmentResult } from '../../../domain/assessment/result';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import {
  AsOfSnapshot,
  type DocumentSource,
} from '../../../infrastructure/projections/as-of-snapshot';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { ProjectionRunner } from '../../../infrastructure/projections/projection-runner';
import { yearWindow } from '../../../domain/shared/time';
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

/** Projections the assessment reads (the audit index is not needed to replay an as-of view). */
const ASSESSMENT_PROJECTIONS = ALL_PROJECTIONS.filter((p) => p.name !== 'audit');

/**
 * Scores are computed, not stored: facts from the read models (live, or replayed as of a time)
 * go through the pure `assess`. A finalised year answers with the results as they stood at
 * finalisation and lists what changed since, naming the events.
 */
@Injectable()
export class AssessmentReader {
  /** Live answers by year, valid while the read models stay at the same positions. */
  private readonly cache = new Map<string, Promise<YearAssessment>>();

  constructor(
    private readonly readModels: ReadModels,
    private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async year(year: number, options: { asOf?: string; now?: Date } = {}): Promise<YearAssessment> {
    if (options.asOf) return this.computeYear(year, options);
    const now = options.now ?? new Date();
    const key = await this.cacheKey(year, now);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const answer = this.computeYear(year, { now });
    if (this.cache.size >= CACHED_ANSWERS)
      this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, answer);
    answer.catch(() => this.cache.delete(key));
    return answer;
  }

  /**
   * The projections' positions, and — while the year is still running, when "overdue" depends on
   * the reading time — the reading time to the second.
   */
  private async cacheKey(year: number, now: Date): Promise<string> {
    const positions = (await this.runner.status())
      .map((s) => `${s.generation}@${s.position}`)
      .join(',');
    const running = now.getTime() < yearWindow(year).endMs;
    return `${year}|${positions}|${running ? Math.floor(now.getTime() / 1000) : 'closed'}`;
  }

  private async computeYear(
    year: number,
    options: { asOf?: string; now?: Date },
  ): Promise<YearAssessment> {
    const readingTime = options.asOf ?? (options.now ?? new Date()).toISOString();
    const source: DocumentSource = options.asOf
      ? await AsOfSnapshot.build(this.events, ASSESSMENT_PROJECTIONS, options.asOf)
      : this.readModels;
    const current = await this.compute(source, year, readingTime);
    if (!current.finalization) {
      return { ...current.answer, asOf: options.asOf ?? null, postFinalizationChanges: [] };
    }
    const { finalizedAt, position } = current.finalization;
    const frozenSource = await AsOfSnapshot.build(
      this.events,
      ASSESSMENT_PROJECTIONS,
      readingTime,
      position,
    );
    const frozen = await this.compute(frozenSource, year, finalizedAt);
    return {
      ...frozen.answer,
      asOf: options.asOf ?? null,
      postFinalizationChanges: changesSince(frozen.answer.results, current.answer.results),
    };
  }

  /**
   * Every control indicator of a unit for the year (counts, and rates from the recorded
   * statistics), with the agreement's caps where it sets them.
   */
  async controlIndicators(year: number, unitId: string, options: { asOf?: string } = {}) {
    const source: DocumentSource = options.asOf
      ? await AsOfSnapshot.build(this.events, ASSESSMENT_PROJECTIONS, options.asOf)
      : this.readModels;
    const { data } = await loadYearData(source, year);
    const index = new YearIndex(data);
    if (!index.units.has(unitId)) return null;
    const facts = buildFacts(index, unitId);
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
    const source: DocumentSource = options.asOf
      ? await AsOfSnapshot.build(this.events, ASSESSMENT_PROJECTIONS, options.asOf)
      : this.readModels;
    const { data, scheme } = await loadYearData(source, year);
    const index = new YearIndex(data);
    if (!index.units.has(unitId)) return null;
    return {
      result: roundForDisplay(assess(scheme, buildFacts(index, unitId), readingTime)),
      answer,
    };
  }

  private async compute(source: DocumentSource, year: number, readingTime: string) {
    const { data, scheme, schemeDoc } = await loadYearData(source, year);
    const index = new YearIndex(data);
    const results = index
      .assessedUnitIds()
      .map((unitId) => roundForDisplay(assess(scheme, buildFacts(index, unitId), readingTime)));
    return {
      finalization: data.finalization,
      answer: {
        year,
        finalized: data.finalization !== null,
        finalizedAt: data.finalization?.finalizedAt ?? null,
        schemeVersion: schemeDoc?.version ?? null,
        results: rank(results),
      },
    };
  }
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
