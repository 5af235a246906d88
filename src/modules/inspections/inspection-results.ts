import {
  hazardDecider,
  hazardStreamId,
  type HazardCommand,
  type HazardState,
  type HazardView,
  reportDecider,
  reportStreamId,
  type ReportCommand,
  type ReportState,
  type ReportView,
  toHazardView,
  toReportView,
} from '../../domain/inspections';
import type { Unit } from '../../domain/units';
import type { HazardUnitFacts } from '../../domain/inspections';
import {
  aggregateKind,
  type AggregateExecutor,
  type LoadedAggregate,
} from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';

/** Hazards and reports as `AggregateExecutor.execute` takes them: decider, stream, label. */
export const hazardAggregate = aggregateKind(hazardDecider, hazardStreamId, 'hazard');
export const reportAggregate = aggregateKind(reportDecider, reportStreamId, 'report');

export type HazardWriteResponse = HazardView & { position: number };
export type ReportWriteResponse = ReportView & { position: number };

/** The hazard as of the request, `overdue` included. */
export const hazardView = (state: HazardState, context: CommandContext): HazardView =>
  toHazardView(state as NonNullable<HazardState>, context.now.toISOString());

/** Runs one command on an existing hazard and answers its view and position. */
export async function updateHazard(
  aggregates: AggregateExecutor,
  hazardId: string,
  context: CommandContext,
  command: (current: LoadedAggregate<HazardState>) => HazardCommand | Promise<HazardCommand>,
): Promise<HazardWriteResponse> {
  const result = await aggregates.execute({
    ...hazardAggregate(hazardId),
    context,
    mode: 'update',
    command,
  });
  return { ...hazardView(result.state, context), position: result.position };
}

/** Runs one command on an existing report and answers its view and position. */
export async function updateReport(
  aggregates: AggregateExecutor,
  reportId: string,
  context: CommandContext,
  command: (current: LoadedAggregate<ReportState>) => ReportCommand | Promise<ReportCommand>,
): Promise<ReportWriteResponse> {
  const result = await aggregates.execute({
    ...reportAggregate(reportId),
    context,
    mode: 'update',
    command,
  });
  return {
    ...toReportView(result.state as NonNullable<ReportState>),
    position: result.position,
  };
}

/** What a hazard's identification needs to know of its unit. */
export const unitFacts = (unit: Unit): HazardUnitFacts => ({
  id: unit.id,
  kind: unit.kind,
  ...(unit.industry !== undefined && { industry: unit.industry }),
  ...(unit.parentId !== undefined && { parentId: unit.parentId }),
});
