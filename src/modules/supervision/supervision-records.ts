import { Injectable } from '@nestjs/common';
import { incidentDecider, incidentStreamId } from '../../domain/incidents';
import { hazardDecider, hazardStreamId } from '../../domain/inspections';
import type { FieldError } from '../../domain/shared/errors';
import {
  type OrderSubjectKind,
  type Patrol,
  patrolDecider,
  patrolStreamId,
  type PatrolState,
  type Problem,
  problemDecider,
  problemStreamId,
  type ProblemState,
  type SupervisionOrder,
  supervisionOrderDecider,
  supervisionOrderStreamId,
  type SupervisionOrderState,
} from '../../domain/supervision';
import type { Unit } from '../../domain/units';
import { notFoundProblem, unprocessable } from '../../infrastructure/http/problem';
import {
  aggregateKind,
  AggregateExecutor,
  type LoadedAggregate,
} from '../shared/aggregate-executor';
import { UnitLookup } from '../units/unit-lookup';

/** The supervision aggregates as `AggregateExecutor.execute` takes them: decider, stream, label. */
export const patrolAggregate = aggregateKind(patrolDecider, patrolStreamId, 'patrol');
export const problemAggregate = aggregateKind(problemDecider, problemStreamId, 'problem');
export const orderAggregate = aggregateKind(
  supervisionOrderDecider,
  supervisionOrderStreamId,
  'supervision order',
);

const SUBJECTS = {
  hazard: { decider: hazardDecider, streamId: hazardStreamId },
  problem: { decider: problemDecider, streamId: problemStreamId },
  incident: { decider: incidentDecider, streamId: incidentStreamId },
} as const;

/** Deepest unit tree the ancestors of a unit are looked up through. */
const MAX_DEPTH = 16;

/** Loads patrols, problems and orders (404 in the path) and the records a body names (422). */
@Injectable()
export class SupervisionRecords {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  loadPatrol(id: string): Promise<LoadedAggregate<PatrolState>> {
    return this.aggregates.load<PatrolState>(patrolDecider, patrolStreamId(id));
  }

  async patrolInPath(id: string): Promise<Patrol> {
    const { state } = await this.loadPatrol(id);
    if (!state) throw notFoundProblem(`No patrol ${id}.`);
    return state;
  }

  async problemInPath(id: string): Promise<Problem> {
    const { state } = await this.aggregates.load<ProblemState>(problemDecider, problemStreamId(id));
    if (!state) throw notFoundProblem(`No problem ${id}.`);
    return state;
  }

  async orderInPath(id: string): Promise<SupervisionOrder> {
    const { state } = await this.aggregates.load<SupervisionOrderState>(
      supervisionOrderDecider,
      supervisionOrderStreamId(id),
    );
    if (!state) throw notFoundProblem(`No supervision order ${id}.`);
    return state;
  }

  /** Every unit named, by the body field naming it; 422 naming all unknown ones at once. */
  async requireUnits(references: Array<{ id: string; field: string }>): Promise<Map<string, Unit>> {
    const found = new Map<string, Unit>();
    const errors: FieldError[] = [];
    for (const { id, field } of references) {
      const unit = found.get(id) ?? (await this.units.find(id));
      if (unit) found.set(id, unit);
      else errors.push({ field, message: `unit ${id} does not exist` });
    }
    if (errors.length > 0) throw unknownReference(errors);
    return found;
  }

  /** 422 unless the hazard, problem or incident exists. */
  async requireSubject(kind: OrderSubjectKind, id: string): Promise<void> {
    const { decider, streamId } = SUBJECTS[kind];
    const loaded = await this.aggregates.load<unknown>(decider as never, streamId(id));
    if (!loaded.exists) {
      throw unknownReference([{ field: 'subject.id', message: `${kind} ${id} does not exist` }]);
    }
  }

  /** The unit's territorial ancestors through `parentId`, parent first. */
  async ancestorsOf(unit: Unit): Promise<string[]> {
    const ancestors: string[] = [];
    let parentId = unit.parentId;
    while (
      parentId !== undefined &&
      ancestors.length < MAX_DEPTH &&
      !ancestors.includes(parentId)
    ) {
      ancestors.push(parentId);
      parentId = (await this.units.find(parentId))?.parentId;
    }
    return ancestors;
  }
}

const unknownReference = (errors: FieldError[]) =>
  unprocessable(
    'unknown_reference',
    errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  );
