import { buildFacts, type YearIndex } from '../../../../projections/queries/assessment-facts';
import type { AssessmentFacts } from '../../../domain/assessment/facts';

interface Entry {
  facts: AssessmentFacts;
  /** The index keys the facts were built from. */
  reads: ReadonlySet<string>;
}

/**
 * Each unit's facts, built from a year index on demand and kept until a document or group they
 * were built from changes (`invalidate` with the keys `YearIndex.replace` returned). A unit whose
 * facts are rebuilt gets a new object: results kept by facts object (year-answer.ts) follow.
 */
export class UnitFacts {
  private readonly entries = new Map<string, Entry>();
  /** Index key → the units whose facts read it. */
  private readonly readers = new Map<string, Set<string>>();

  constructor(readonly index: YearIndex) {}

  /** Drops the units that read any of `keys`. */
  invalidate(keys: Iterable<string>): void {
    for (const key of keys) {
      const units = this.readers.get(key);
      if (!units) continue;
      for (const unitId of [...units]) this.drop(unitId);
    }
  }

  of(unitId: string): AssessmentFacts {
    const known = this.entries.get(unitId);
    if (known) return known.facts;
    const { value: facts, reads } = this.index.trace(() => buildFacts(this.index, unitId));
    this.entries.set(unitId, { facts, reads });
    for (const key of reads) {
      const units = this.readers.get(key);
      if (units) units.add(unitId);
      else this.readers.set(key, new Set([unitId]));
    }
    return facts;
  }

  private drop(unitId: string): void {
    const entry = this.entries.get(unitId);
    if (!entry) return;
    this.entries.delete(unitId);
    for (const key of entry.reads) {
      const units = this.readers.get(key);
      units?.delete(unitId);
      if (units?.size === 0) this.readers.delete(key);
    }
  }
}
