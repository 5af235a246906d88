import type { Hazard } from '../../src/domain/inspections';
import type { Problem, SupervisionOrder } from '../../src/domain/supervision';
import type { AgreementDoc } from '../agreements';
import type { CommendationDoc, TaskScoreDoc, YearDoc } from '../assessment-inputs';
import type { ActionDoc, PenaltyDoc } from '../enforcement';
import type { IncidentDoc } from '../incidents';
import type { EventRef } from '../projection';
import type { CourseRefs } from '../shared/course-refs';
import type { UnitDoc } from '../units';
import { SortedGroups } from './sorted-groups';

/** What the hazard documents carry for the assessment: the domain state and the events behind it. */
export interface HazardDocForFacts {
  _id: string;
  unitId: string;
  unitPath: string[];
  unitIndustry: string | null;
  level: string;
  state: Hazard;
  refs: CourseRefs & { identified: EventRef };
}

/** What the problem documents carry for the assessment: the domain state and the events behind it. */
export interface ProblemDocForFacts {
  _id: string;
  targetUnitId: string;
  state: Problem;
  refs: CourseRefs & { raised: EventRef };
}

/** What the order documents carry for escalation: the domain state and the events behind it. */
export interface OrderDocForFacts {
  _id: string;
  targetUnitId: string;
  state: SupervisionOrder;
  refs: { issued: EventRef; replies: EventRef[]; closure: EventRef | null };
}

export interface InspectionDocForFacts {
  _id: string;
  inspectingUnitId: string;
  /** When it was conducted: counted at a quarter's end only if by then (quarter-facts.ts). */
  conductedAt: string;
  ref: EventRef;
}

/** The documents of one year the assessment reads, by collection (as in `YearData`). */
export interface YearDocuments {
  units: UnitDoc;
  agreements: AgreementDoc;
  taskScores: TaskScoreDoc;
  commendations: CommendationDoc;
  finalization: YearDoc;
  incidents: IncidentDoc;
  hazards: HazardDocForFacts;
  problems: ProblemDocForFacts;
  orders: OrderDocForFacts;
  penalties: PenaltyDoc;
  inspections: InspectionDocForFacts;
  actions: ActionDoc;
}

export type YearCollection = keyof YearDocuments;

/** Everything of one year (and the incidents of the three years before) the assessment reads. */
export interface YearData {
  year: number;
  units: UnitDoc[];
  agreements: AgreementDoc[];
  taskScores: TaskScoreDoc[];
  commendations: CommendationDoc[];
  finalization: YearDoc | null;
  incidents: IncidentDoc[];
  hazards: HazardDocForFacts[];
  /** Absent: none (data read the way the release before patrols read it). */
  problems?: ProblemDocForFacts[];
  /** Absent: none (data read the way the release before orders in escalation read it). */
  orders?: OrderDocForFacts[];
  penalties: PenaltyDoc[];
  inspections: InspectionDocForFacts[];
  actions: ActionDoc[];
}

/** A year without documents. */
export const emptyYearData = (year: number): YearData => ({
  year,
  units: [],
  agreements: [],
  taskScores: [],
  commendations: [],
  finalization: null,
  incidents: [],
  hazards: [],
  penalties: [],
  inspections: [],
  actions: [],
});

type Keys<T> = (doc: T) => readonly string[];

/** How each collection is grouped: the keys a document is found by. */
const GROUP_KEYS: { [C in YearCollection]: Keys<YearDocuments[C]> } = {
  units: (u) => [`c:${u.parentId ?? ''}`, ...(u.personIds ?? []).map((id) => `hp:${id}`)],
  agreements: (a) => [`a:${a.responsibleUnitId}`],
  taskScores: (s) => [`s:${s.unitId}`],
  commendations: (c) => [`m:${c.unitId}`],
  finalization: () => [],
  incidents: (i) => [
    ...placeKeys('i', i.placePath, i.industry),
    ...new Set(i.refs.findings.flatMap((f) => f.responsibleUnitIds.map((id) => `if:${id}`))),
  ],
  hazards: (h) => placeKeys('h', h.unitPath, h.unitIndustry),
  problems: (p) => [`pr:${p.targetUnitId}`],
  orders: (o) => [`or:${o.targetUnitId}`],
  penalties: (p) => [`p:${p.enforcingUnitId}`],
  inspections: (i) => [`n:${i.inspectingUnitId}`],
  actions: (a) => [`au:${a.targetUnitId}`, `ap:${a.targetPersonId ?? ''}`],
};

/**
 * DOMAIN "Attribution" and "Whose hazards": a placed fact is found by every unit on its path, and
 * (for departments) by the territory and industry it is in.
 */
function placeKeys(prefix: string, path: readonly string[], industry: string | null): string[] {
  const keys: string[] = [];
  for (const unitId of path) {
    keys.push(`${prefix}p:${unitId}`);
    if (industry !== null) keys.push(`${prefix}t:${unitId}\u0000${industry}`);
  }
  return keys;
}

const FINALIZATION = 'fin';
/** Every collection of `YearData`, in the order the year is read. */
export const YEAR_COLLECTIONS = Object.keys(GROUP_KEYS) as YearCollection[];

type Groups = { [C in YearCollection]: SortedGroups<YearDocuments[C]> };
type Documents = { [C in YearCollection]: Map<string, YearDocuments[C]> };

/**
 * Indexes of a year's data, built once and shared by every unit's facts. Kept current document by
 * document (`replace`), and each read is recorded while `trace` runs, so that a cached unit's facts
 * can be dropped exactly when a document it read, or a group it looked up, changes.
 */
export class YearIndex {
  readonly year: number;
  private readonly docs = {} as Documents;
  private readonly groups = {} as Groups;
  private reads: Set<string> | null = null;

  constructor(data: YearData) {
    this.year = data.year;
    for (const collection of YEAR_COLLECTIONS) {
      this.docs[collection] = new Map() as never;
      this.groups[collection] = new SortedGroups() as never;
    }
    this.load('units', data.units);
    this.load('agreements', data.agreements);
    this.load('taskScores', data.taskScores);
    this.load('commendations', data.commendations);
    this.load('finalization', data.finalization ? [data.finalization] : []);
    this.load('incidents', data.incidents);
    this.load('hazards', data.hazards);
    this.load('problems', data.problems ?? []);
    this.load('orders', data.orders ?? []);
    this.load('penalties', data.penalties);
    this.load('inspections', data.inspections);
    this.load('actions', data.actions);
  }

  /** An index of the year without documents yet, to `load` them page by page. */
  static empty(year: number): YearIndex {
    return new YearIndex(emptyYearData(year));
  }

  /** Adds documents the index does not hold, given in the store's `_id` order (building it). */
  load<C extends YearCollection>(collection: C, docs: readonly YearDocuments[C][]): void {
    for (const doc of docs) this.add(collection, doc, false);
  }

  /** Runs `work`, returning what it answered and every key it read from the index. */
  trace<R>(work: () => R): { value: R; reads: Set<string> } {
    const outer = this.reads;
    const reads = new Set<string>();
    this.reads = reads;
    try {
      return { value: work(), reads };
    } finally {
      this.reads = outer;
      if (outer) reads.forEach((key) => outer.add(key));
    }
  }

  /**
   * Puts (or, with `null`, removes) one document as the read store now has it. Returns the keys
   * whose answers changed (none when the document is unchanged).
   */
  replace<C extends YearCollection>(
    collection: C,
    id: string,
    doc: YearDocuments[C] | null,
  ): string[] {
    const before = this.docs[collection].get(id);
    if (before === undefined && doc === null) return [];
    if (before !== undefined && doc !== null && JSON.stringify(before) === JSON.stringify(doc))
      return [];
    const changed = [`${collection}:${id}`];
    if (before !== undefined) {
      this.docs[collection].delete(id);
      for (const key of GROUP_KEYS[collection](before)) {
        this.groups[collection].remove(key, id);
        changed.push(key);
      }
    }
    if (doc !== null) changed.push(...this.add(collection, doc, true));
    if (collection === 'finalization') changed.push(FINALIZATION);
    return changed;
  }

  /** The units that exist, by id. */
  hasUnit(unitId: string): boolean {
    this.read(`units:${unitId}`);
    return this.docs.units.has(unitId);
  }

  /** Every unit (untraced: for reads over all units, not for one unit's facts). */
  allUnits(): UnitDoc[] {
    return [...this.docs.units.values()];
  }

  unit(unitId: string): UnitDoc | undefined {
    this.read(`units:${unitId}`);
    return this.docs.units.get(unitId);
  }

  /** The unit's active agreement of the year (the last in `_id` order should there be two). */
  agreementOf(unitId: string): AgreementDoc | undefined {
    const key = `a:${unitId}`;
    this.read(key);
    const active = this.groups.agreements
      .get(key)
      .filter((a) => a.year === this.year && a.status === 'active');
    return active[active.length - 1];
  }

  finalization(): YearDoc | null {
    this.read(FINALIZATION);
    return this.docs.finalization.values().next().value ?? null;
  }

  /** The responsible units of the year's active agreements. */
  assessedUnitIds(): string[] {
    const ids = new Set<string>();
    for (const a of this.docs.agreements.values()) {
      if (a.year === this.year && a.status === 'active' && this.docs.units.has(a.responsibleUnitId))
        ids.add(a.responsibleUnitId);
    }
    return [...ids].sort();
  }

  incidentsOf = (unit: UnitDoc): readonly IncidentDoc[] => this.placed('incidents', 'i', unit);
  hazardsOf = (unit: UnitDoc): readonly HazardDocForFacts[] => this.placed('hazards', 'h', unit);
  /** Incidents with a finding in force that names the unit among its responsible units. */
  incidentsNaming = (unitId: string) => this.group('incidents', `if:${unitId}`);
  children = (unitId: string) => this.group('units', `c:${unitId}`);
  /** Units where the person holds or held a post. */
  unitsHeldBy = (personId: string) => this.group('units', `hp:${personId}`);
  /** Problems patrols raised against the unit itself. */
  problemsOf = (unitId: string) => this.group('problems', `pr:${unitId}`);
  /** Supervision orders issued to the unit itself. */
  ordersOf = (unitId: string) => this.group('orders', `or:${unitId}`);
  penaltiesOf = (unitId: string) => this.group('penalties', `p:${unitId}`);
  inspectionsOf = (unitId: string) => this.group('inspections', `n:${unitId}`);
  scoresOf = (unitId: string) => this.group('taskScores', `s:${unitId}`);
  commendationsOf = (unitId: string) => this.group('commendations', `m:${unitId}`);

  /** Actions naming the unit, or a person who held one of its posts (checked by the caller). */
  actionsAbout = (unit: UnitDoc): ActionDoc[] => {
    const byPerson = [...new Set(unit.posts.map((p) => p.personId))].flatMap((id) =>
      this.group('actions', `ap:${id}`),
    );
    return [...new Set([...this.group('actions', `au:${unit._id}`), ...byPerson])];
  };

  /** On the unit's path, or (department) an industry it regulates in its parent's territory. */
  private placed<C extends 'incidents' | 'hazards'>(
    collection: C,
    prefix: string,
    unit: UnitDoc,
  ): readonly YearDocuments[C][] {
    const own = this.group(collection, `${prefix}p:${unit._id}`);
    if (unit.kind !== 'department' || !unit.parentId) return own;
    // A document has one industry, so the groups of distinct industries share no document.
    const regulated = [...new Set(unit.regulatedIndustries)]
      .map((industry) => this.group(collection, `${prefix}t:${unit.parentId}\u0000${industry}`))
      .filter((group) => group.length > 0);
    if (regulated.length === 0) return own;
    if (own.length === 0) return regulated.length === 1 ? regulated[0] : concat(regulated);
    const seen = new Set(own);
    return own.concat(concat(regulated).filter((doc) => !seen.has(doc)));
  }

  private group<C extends YearCollection>(collection: C, key: string): readonly YearDocuments[C][] {
    this.read(key);
    return this.groups[collection].get(key);
  }

  private add<C extends YearCollection>(collection: C, doc: YearDocuments[C], sorted: boolean) {
    this.docs[collection].set(doc._id, doc);
    const keys = GROUP_KEYS[collection](doc);
    for (const key of keys) {
      if (sorted) this.groups[collection].insert(key, doc);
      else this.groups[collection].push(key, doc);
    }
    return keys;
  }

  private read(key: string): void {
    this.reads?.add(key);
  }
}

function concat<T>(lists: readonly (readonly T[])[]): T[] {
  return ([] as T[]).concat(...lists);
}
