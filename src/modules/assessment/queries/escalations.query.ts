import { registeredUnit } from '../../shared/units-within';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { cstYear } from '../../../domain/shared/time';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { AssessmentReader } from './assessment-reader';
import { asOfOption, type ReadOptions } from './assessment.queries';
import type { EscalationView } from './year-escalations';

/** 升级问责建议 of a unit and the units below it (every unit without `unitId`). */
export class EscalationsQuery {
  constructor(
    readonly filter: ReadOptions & {
      year?: string;
      unitId?: string;
      form?: string;
      handled?: string;
    },
    readonly now: Date,
  ) {}
}

@QueryHandler(EscalationsQuery)
export class EscalationsHandler implements IQueryHandler<EscalationsQuery> {
  constructor(
    private readonly reader: AssessmentReader,
    private readonly readModels: ReadModels,
  ) {}

  /** 404 for a `unitId` never registered, as every list filtered by a unit. */
  async execute({ filter, now }: EscalationsQuery): Promise<EscalationView[]> {
    if (filter.unitId) await registeredUnit(this.readModels, filter.unitId);
    const year = filter.year ? Number(filter.year) : cstYear(now.toISOString());
    const candidates = await this.reader.escalations(year, filter.unitId ?? null, {
      ...asOfOption(filter),
      now,
    });
    return candidates.filter(
      (c) =>
        (!filter.form || c.form === filter.form) &&
        (!filter.handled || c.handled === (filter.handled === 'true')),
    );
  }
}
