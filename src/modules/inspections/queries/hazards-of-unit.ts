import { Injectable } from '@nestjs/common';
import { hazardsProjection, type HazardDoc } from '../../../../projections/hazards';
import type { UnitNode } from '../../../../projections/shared/unit-paths';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { FieldCondition, Where } from '../../../infrastructure/read-store/read-store.port';

/**
 * DOMAIN "Whose hazards": a territorial unit's own and its descendants'; a department's, the
 * enterprises of its regulated industries inside its parent's territory; an enterprise's own.
 */
@Injectable()
export class HazardsOfUnit {
  constructor(private readonly readModels: ReadModels) {}

  async find(
    unitId: string | undefined,
    filter: Record<string, FieldCondition> = {},
  ): Promise<HazardDoc[]> {
    if (!unitId)
      return this.readModels.find<HazardDoc>(hazardsProjection, 'hazards', {
        where: filter as Where,
      });
    const unit = await this.readModels.get<UnitNode>(hazardsProjection, 'unit_nodes', unitId);
    if (!unit) throw notFoundProblem(`No unit ${unitId}.`);
    const own = await this.readModels.find<HazardDoc>(hazardsProjection, 'hazards', {
      where: { ...filter, unitPath: unitId } as Where,
    });
    if (unit.kind !== 'department' || !unit.parentId || unit.regulatedIndustries.length === 0)
      return own;
    const regulated = await this.readModels.find<HazardDoc>(hazardsProjection, 'hazards', {
      where: {
        ...filter,
        unitPath: unit.parentId,
        unitIndustry: { $in: unit.regulatedIndustries },
      } as Where,
    });
    const seen = new Set(own.map((h) => h._id));
    return [...own, ...regulated.filter((h) => !seen.has(h._id))];
  }
}
