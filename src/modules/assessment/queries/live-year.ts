import type { SchemeDoc } from '../../../../projections/assessment-inputs';
import type { Projection, Written } from '../../../../projections/projection';
import {
  type YearCollection,
  type YearDocuments,
  YearIndex,
} from '../../../../projections/queries/year-index';
import type { AssessmentScheme } from '../../../domain/assessment/scheme';
import type { ProjectionStatus } from '../../../infrastructure/projections/projection-runner';
import { nextTurn } from '../../../infrastructure/cooperative';
import type { ReadStore } from '../../../infrastructure/read-store/read-store.port';
import { matchesWhere } from '../../../infrastructure/read-store/where';
import { GenerationReads } from './generation-reads';
import { UnitFacts } from './unit-facts';
import { pagesOf, type Paging, readYear, schemeOf, yearQueries } from './year-data.loader';

/** One year's documents, indexes and unit facts, as the read models had them at `positions`. */
export interface YearView {
  readonly index: YearIndex;
  readonly facts: UnitFacts;
  readonly scheme: AssessmentScheme;
  readonly schemeDoc: SchemeDoc | null;
}

interface Model extends YearView {
  readonly generations: ReadonlyMap<string, string | null>;
  positions: ReadonlyMap<string, number>;
  scheme: AssessmentScheme;
  schemeDoc: SchemeDoc | null;
}

/** A year is read in pages of this many documents (each ~50 ms on SQLite), with turns between. */
const READ_IN_PAGES: Paging = { size: 2_000, between: nextTurn };
/** Past this many documents written between two reads, the year is read again from scratch. */
const MAX_DOCUMENTS_TO_FOLLOW = 20_000;
/** The field each document of the projections carries: the position of the last event that wrote it. */
const WRITTEN_AT: keyof Written = 'lastPosition';

/**
 * A year of the live read models kept in memory between reads. When the projections' positions
 * have moved, only the documents they wrote past the positions held are read again (from the
 * generations the positions belong to), and only the units whose facts read them are assessed
 * again. A new generation (rebuild), positions going back, too many documents written in between,
 * or any failure to follow them read the whole year again. Reads and updates run one at a time.
 */
export class LiveYear {
  private model: Model | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly year: number,
    private readonly store: ReadStore,
    private readonly projections: readonly Projection[],
  ) {}

  /**
   * Brings the year up to `statuses` (each projection's live generation and position), then runs
   * `work`; the year holds still until `work` has finished, even when it runs in slices.
   */
  use<R>(
    statuses: readonly ProjectionStatus[],
    work: (view: YearView) => R | Promise<R>,
  ): Promise<R> {
    const run = this.queue.then(async () => work(await this.refresh(statuses)));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async refresh(statuses: readonly ProjectionStatus[]): Promise<Model> {
    const mine = this.projections.map(
      (p) =>
        statuses.find((s) => s.name === p.name) ?? { name: p.name, generation: null, position: 0 },
    );
    const generations = new Map(mine.map((s) => [s.name, s.generation]));
    const positions = new Map(mine.map((s) => [s.name, s.position]));
    const model = this.model;
    this.model = null;
    if (model && mine.every((s) => model.generations.get(s.name) === s.generation)) {
      const moved = mine.filter((s) => s.position !== model.positions.get(s.name));
      if (moved.length === 0) return (this.model = model);
      if (moved.every((s) => s.position > (model.positions.get(s.name) ?? 0))) {
        try {
          if (await this.follow(model, positions)) return (this.model = model);
        } catch {
          // The documents written could not be read: read the year afresh.
        }
      }
    }
    return (this.model = await this.load(generations, positions));
  }

  private async load(
    generations: ReadonlyMap<string, string | null>,
    positions: ReadonlyMap<string, number>,
  ): Promise<Model> {
    const index = YearIndex.empty(this.year);
    const schemeDoc = await readYear(
      new GenerationReads(this.store, generations),
      this.year,
      (collection, docs) => index.load(collection, docs),
      READ_IN_PAGES,
    );
    const scheme = schemeOf(schemeDoc);
    return { generations, positions, index, facts: new UnitFacts(index), scheme, schemeDoc };
  }

  /**
   * Reads again the documents the projections wrote past the model's positions (each document
   * carries the position of the last event that wrote it); false: too many to follow.
   */
  private async follow(model: Model, positions: ReadonlyMap<string, number>): Promise<boolean> {
    const reads = new GenerationReads(this.store, model.generations);
    const updates: [YearCollection, string, YearDocuments[YearCollection] | null][] = [];
    let schemeDoc = model.schemeDoc;
    let followed = 0;
    for (const [name, query] of Object.entries(yearQueries(this.year))) {
      const since = model.positions.get(query.projection.name) ?? 0;
      if ((positions.get(query.projection.name) ?? 0) === since) continue;
      const written: YearDocuments[YearCollection][] = [];
      const sinceThen = { ...query, where: { [WRITTEN_AT]: { $gt: since } } };
      for await (const page of pagesOf<YearDocuments[YearCollection]>(
        reads,
        sinceThen,
        READ_IN_PAGES,
      )) {
        followed += page.length;
        if (followed > MAX_DOCUMENTS_TO_FOLLOW) return false;
        written.push(...page);
      }
      if (written.length === 0) continue;
      if (name === 'scheme') {
        [schemeDoc = null] = await reads.find<SchemeDoc>(query.projection, query.collection, {
          where: query.where,
        });
        continue;
      }
      // A document written out of the year's query (a hazard closed in an earlier year) leaves it.
      const inYear = matchesWhere(query.where);
      for (const doc of written) {
        updates.push([name as YearCollection, doc._id, inYear(doc) ? doc : null]);
      }
    }
    // Synchronous from here: nothing reads the model half updated.
    for (const [collection, id, doc] of updates) {
      model.facts.invalidate(model.index.replace(collection, id, doc));
    }
    if (JSON.stringify(schemeDoc) !== JSON.stringify(model.schemeDoc)) {
      model.schemeDoc = schemeDoc;
      model.scheme = schemeOf(schemeDoc);
    }
    model.positions = positions;
    return true;
  }
}
