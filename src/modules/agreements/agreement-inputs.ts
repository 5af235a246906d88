import { Injectable } from '@nestjs/common';
import type { SignatoryInput, SigningParties, TaskInput } from '../../domain/agreements';
import {
  schemeDecider,
  schemeInForce,
  schemeStreamId,
  type SchemeState,
} from '../../domain/assessment';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { UnitLookup } from '../units/unit-lookup';
import type { AgreementTaskDto, ControlIndicatorsDto, SignatoryDto } from './agreements.dto';

/** What signing and amending need besides the request: the parties and the scheme in force. */
@Injectable()
export class AgreementInputs {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  async parties(issuerUnitId: string, responsibleUnitId: string): Promise<SigningParties> {
    const issuerUnit = await this.units.referenced(issuerUnitId, 'issuerUnitId');
    const responsibleUnit = await this.units.referenced(responsibleUnitId, 'responsibleUnitId');
    return { issuerUnit, responsibleUnit };
  }

  /** The task section of the scheme in force for the year (published, else the default). */
  async taskSectionPoints(year: number): Promise<number> {
    const { state } = await this.aggregates.load<SchemeState>(schemeDecider, schemeStreamId(year));
    return schemeInForce(state).tasks.points;
  }
}

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export const toSignatories = (list: readonly SignatoryDto[]): SignatoryInput[] =>
  list.map(({ personId, post }) => ({ personId, post }));

export const toTasks = (list: readonly AgreementTaskDto[]): TaskInput[] =>
  list.map(({ code, title, weight, metric, target }) =>
    defined({ code, title, weight, metric: metric ?? undefined, target: target ?? undefined }),
  );

export const toIndicators = (
  indicators: ControlIndicatorsDto | null | undefined,
): Record<string, number> | undefined =>
  indicators === null || indicators === undefined
    ? undefined
    : (defined({ ...indicators }) as Record<string, number>);
