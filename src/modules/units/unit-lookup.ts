import { Injectable } from '@nestjs/common';
import { type Unit, unitDecider, unitStreamId, type UnitState } from '../../domain/units';
import { notFoundProblem, unprocessable } from '../../infrastructure/http/problem';
import { AggregateExecutor } from '../shared/aggregate-executor';

/** Loads units that a command refers to: 404 for a unit in the path, 422 for one in the body. */
@Injectable()
export class UnitLookup {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async find(unitId: string): Promise<Unit | undefined> {
    const loaded = await this.aggregates.load<UnitState>(unitDecider, unitStreamId(unitId));
    return loaded.state ?? undefined;
  }

  async inPath(unitId: string): Promise<Unit> {
    const unit = await this.find(unitId);
    if (!unit) throw notFoundProblem(`No unit ${unitId}.`);
    return unit;
  }

  async referenced(unitId: string, field: string): Promise<Unit> {
    const unit = await this.find(unitId);
    if (!unit) {
      throw unprocessable('unknown_unit', `Unit ${unitId} does not exist.`, [
        { field, message: `unit ${unitId} does not exist` },
      ]);
    }
    return unit;
  }
}
