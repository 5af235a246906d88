import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { unitsProjection, type UnitDoc } from '../../../../projections/units';
import { cstYear } from '../../../domain/shared/time';
import { notFoundProblem } from '../../../infrastructure/http/problem';
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
    if (filter.unitId) {
      const unit = await this.readModels.get<UnitDoc>(unitsProjection, 'units', filter.unitId);
      if (!unit) throw notFoundProblem(`No unit ${filter.unitId}.`);
    }
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
