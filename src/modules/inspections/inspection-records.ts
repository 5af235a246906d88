import { Injectable } from '@nestjs/common';
import { penaltyDecider, penaltyStreamId, type PenaltyState } from '../../domain/enforcement';
import {
  type Hazard,
  hazardDecider,
  hazardStreamId,
  type HazardState,
  type Inspection,
  inspectionDecider,
  inspectionStreamId,
  type InspectionState,
  type Report,
  reportDecider,
  reportStreamId,
  type ReportState,
} from '../../domain/inspections';
import type { FieldError } from '../../domain/shared/errors';
import type { Unit } from '../../domain/units';
import { notFoundProblem, unprocessable } from '../../infrastructure/http/problem';
import { AggregateExecutor, type LoadedAggregate } from '../shared/aggregate-executor';
import { UnitLookup } from '../units/unit-lookup';

/** A record a command body names, and the body field that names it. */
export interface Reference {
  id: string;
  field: string;
}

export interface References {
  units?: Reference[];
  hazards?: Reference[];
  inspections?: Reference[];
  reports?: Reference[];
  penalties?: Reference[];
}

/** Loads inspections, hazards and reports: 404 for one in the path, 422 for one in a body. */
@Injectable()
export class InspectionRecords {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  loadInspection(id: string): Promise<LoadedAggregate<InspectionState>> {
    return this.aggregates.load<InspectionState>(inspectionDecider, inspectionStreamId(id));
  }

  loadHazard(id: string): Promise<LoadedAggregate<HazardState>> {
    return this.aggregates.load<HazardState>(hazardDecider, hazardStreamId(id));
  }

  loadReport(id: string): Promise<LoadedAggregate<ReportState>> {
    return this.aggregates.load<ReportState>(reportDecider, reportStreamId(id));
  }

  async inspectionInPath(id: string): Promise<Inspection> {
    const { state } = await this.loadInspection(id);
    if (!state) throw notFoundProblem(`No inspection ${id}.`);
    return state;
  }

  async hazardInPath(id: string): Promise<Hazard> {
    const { state } = await this.loadHazard(id);
    if (!state) throw notFoundProblem(`No hazard ${id}.`);
    return state;
  }

  async reportInPath(id: string): Promise<Report> {
    const { state } = await this.loadReport(id);
    if (!state) throw notFoundProblem(`No report ${id}.`);
    return state;
  }

  /** Checks every record named and refuses with all unknown ones at once (422); answers the units. */
  async require(references: References): Promise<Map<string, Unit>> {
    const units = new Map<string, Unit>();
    const errors: FieldError[] = [];
    const check = async (
      kind: string,
      list: Reference[] | undefined,
      exists: (id: string) => Promise<boolean>,
    ) => {
      for (const { id, field } of list ?? []) {
        if (!(await exists(id))) errors.push({ field, message: `${kind} ${id} does not exist` });
      }
    };
    await check('unit', references.units, async (id) => {
      const unit = units.get(id) ?? (await this.units.find(id));
      if (unit) units.set(id, unit);
      return unit !== undefined;
    });
    await check('hazard', references.hazards, async (id) => (await this.loadHazard(id)).exists);
    await check(
      'inspection',
      references.inspections,
      async (id) => (await this.loadInspection(id)).exists,
    );
    await check('report', references.reports, async (id) => (await this.loadReport(id)).exists);
    await check(
      'penalty',
      references.penalties,
      async (id) =>
        (await this.aggregates.load<PenaltyState>(penaltyDecider, penaltyStreamId(id))).exists,
    );
    if (errors.length > 0) {
      throw unprocessable(
        'unknown_reference',
        errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        errors,
      );
    }
    return units;
  }
}
