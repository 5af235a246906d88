import { buildFacts, type YearIndex } from '../../../../projections/queries/assessment-facts';
import { assess } from '../../../domain/assessment/assess';
import { roundForDisplay } from '../../../domain/assessment/display';
import type { AssessmentFacts } from '../../../domain/assessment/facts';
import { referenceDate } from '../../../domain/assessment/reference-date';
import type { AssessmentResult } from '../../../domain/assessment/result';
import type { AssessmentScheme } from '../../../domain/assessment/scheme';

interface Entry {
  facts: AssessmentFacts;
  /** The index keys the facts were built from. */
  reads: ReadonlySet<string>;
  /** The result (rounded for display) at a reference date, under `scheme`. */
  result: { reference: string; scheme: AssessmentScheme; value: AssessmentResult } | null;
}

/**
 * Each unit's facts and result, built from a year index on demand and kept until a document or
 * group they were built from changes (`invalidate` with the keys `YearIndex.replace` returned).
 * A result is reused only for the same reference date and scheme: `assess` depends on nothing else.
 */
export class UnitResults {
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

  facts(unitId: string): AssessmentFacts {
    return this.entry(unitId).facts;
  }

  result(scheme: AssessmentScheme, unitId: string, readingTime: string): AssessmentResult {
    const entry = this.entry(unitId);
    const reference = referenceDate(this.index.year, readingTime);
    const cached = entry.result;
    if (cached && cached.reference === reference && cached.scheme === scheme) return cached.value;
    const value = roundForDisplay(assess(scheme, entry.facts, readingTime));
    entry.result = { reference, scheme, value };
    return value;
  }

  private entry(unitId: string): Entry {
    const known = this.entries.get(unitId);
    if (known) return known;
    const { value: facts, reads } = this.index.trace(() => buildFacts(this.index, unitId));
    const entry: Entry = { facts, reads, result: null };
    this.entries.set(unitId, entry);
    for (const key of reads) {
      const units = this.readers.get(key);
      if (units) units.add(unitId);
      else this.readers.set(key, new Set([unitId]));
    }
    return entry;
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
