import { Injectable } from '@nestjs/common';
import { HAZARDS, hazardsProjection, type HazardDoc } from '../../../../projections/hazards';
import type { UnitNode } from '../../../../projections/shared/unit-paths';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import type { FieldCondition, Where } from '../../../infrastructure/read-store/read-store.port';
import type { Order } from '../../shared/list-query';
import { pageOfUnion } from '../../shared/union-page';

const SOURCE = { projection: hazardsProjection, collection: HAZARDS };

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
    const found = new Map<string, HazardDoc>();
    for (const where of await this.conditions(unitId, filter)) {
      const docs = await this.readModels.find<HazardDoc>(hazardsProjection, HAZARDS, { where });
      for (const doc of docs) if (!found.has(doc._id)) found.set(doc._id, doc);
    }
    return [...found.values()];
  }

  /** One page of the unit's hazards matching `filter`, in `order`, and their total. */
  async page(
    unitId: string | undefined,
    filter: Record<string, FieldCondition>,
    order: Order,
    paging: { limit: number; offset: number },
  ): Promise<{ docs: HazardDoc[]; total: number }> {
    return pageOfUnion(
      this.readModels,
      SOURCE,
      await this.conditions(unitId, filter),
      order,
      paging,
    );
  }

  /** The hazards of the unit (all when none) matching `filter`: those matching any condition. */
  private async conditions(
    unitId: string | undefined,
    filter: Record<string, FieldCondition>,
  ): Promise<Where[]> {
    if (!unitId) return [filter];
    const unit = await this.readModels.get<UnitNode>(hazardsProjection, 'unit_nodes', unitId);
    if (!unit) throw notFoundProblem(`No unit ${unitId}.`);
    const own: Where = { ...filter, unitPath: unitId };
    if (unit.kind !== 'department' || !unit.parentId || unit.regulatedIndustries.length === 0)
      return [own];
    return [
      own,
      { ...filter, unitPath: unit.parentId, unitIndustry: { $in: unit.regulatedIndustries } },
    ];
  }
}
