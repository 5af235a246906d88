import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  assignHazardIds,
  type ConductInspection,
  hazardDecider,
  type HazardIdentified,
  type HazardState,
  hazardIdentificationsOf,
  type HazardView,
  type IdentifyHazard,
  type Inspection,
  inspectionDecider,
  inspectionStreamId,
  type InspectionState,
  type InspectionView,
  toInspectionView,
} from '../../../domain/inspections';
import { conflictProblem } from '../../../infrastructure/http/problem';
import { AggregateExecutor, type LoadedAggregate } from '../../shared/aggregate-executor';
import type { CommandContext } from '../../shared/command-context';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { InspectionRecords } from '../inspection-records';
import { hazardView, unitFacts, hazardAggregate } from '../inspection-results';
import { type NoParams, UseCase } from '../../shared/use-case';
import { ConductInspectionDto } from '../inspections.dto';

export class ConductInspectionCommand extends UseCase<NoParams, ConductInspectionDto> {
  static readonly dto = ConductInspectionDto;
}

export type InspectionWriteResponse = InspectionView & { hazards: HazardView[]; position: number };

/**
 * Records the inspection, then one hazard per finding (caused by the inspection's event).
 * Everything that can refuse is checked before the first append; a repeat of the same request
 * creates any hazard still missing (a crash between the writes) and answers the same view.
 * Each stream is read once: the executor decides on the streams as the checks read them.
 */
@CommandHandler(ConductInspectionCommand)
export class ConductInspectionHandler implements ICommandHandler<ConductInspectionCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: InspectionRecords,
  ) {}

  async execute({ body, context }: ConductInspectionCommand): Promise<InspectionWriteResponse> {
    const id = body.id ?? newId('INS');
    const streamId = inspectionStreamId(id);
    const existing = await this.records.loadInspection(id);
    if (existing.exists && existing.events[0].metadata.requestHash !== context.requestHash) {
      throw conflictProblem(
        'duplicate_id',
        `inspection ${id} already exists with different content.`,
      );
    }

    const units = await this.records.require({
      units: [
        { id: body.inspectedUnitId, field: 'inspectedUnitId' },
        { id: body.inspectingUnitId, field: 'inspectingUnitId' },
      ],
    });
    const inspected = unitFacts(units.get(body.inspectedUnitId)!);
    const now = context.now.toISOString();
    const command: ConductInspection = {
      type: 'ConductInspection',
      id,
      inspectedUnitId: body.inspectedUnitId,
      inspectingUnitId: body.inspectingUnitId,
      kind: body.kind,
      conductedAt: utc(body.conductedAt),
      inspectors: body.inspectors,
      findings: assignHazardIds(
        id,
        body.findings.map((f) => ({ ...f, deadline: utc(f.deadline) })),
      ),
      now,
    };
    const hazardsLoaded = await this.requireHazardsFree(command, existing);

    // Decide everything up front (pure): a refusal leaves nothing recorded.
    const planned = existing.exists
      ? (existing.state as Inspection)
      : inspectionDecider.decide(command, null)[0].data;
    const identifications = hazardIdentificationsOf(planned, inspected, now);
    if (!existing.exists) identifications.forEach((c) => hazardDecider.decide(c, null));

    const inspection = await this.aggregates.execute({
      decider: inspectionDecider,
      streamId,
      context,
      mode: 'create',
      label: `inspection ${id}`,
      loaded: existing,
      command: () => command,
    });
    const causationId =
      inspection.events[0]?.id ??
      existing.events[0]?.id ?? // a concurrent repeat recorded it first: read what it recorded
      (await this.records.loadInspection(id)).events[0].id;
    const hazards = await this.identifyHazards(identifications, hazardsLoaded, {
      ...context,
      causationId,
    });
    const state = inspection.state as NonNullable<InspectionState>;
    return {
      ...toInspectionView(state),
      hazards: hazards.map((h) => h.view),
      position: Math.max(inspection.position, ...hazards.map((h) => h.position)),
    };
  }

  /**
   * 409 `hazard_exists` for a finding whose hazard id is taken, unless (on a repeat) the hazard
   * was created by this very inspection. Answers each finding's hazard stream as read.
   */
  private async requireHazardsFree(
    command: ConductInspection,
    inspection: LoadedAggregate<InspectionState>,
  ): Promise<Map<string, LoadedAggregate<HazardState>>> {
    const inspectionEventId = inspection.events[0]?.id;
    const loaded = new Map<string, LoadedAggregate<HazardState>>();
    for (const [i, finding] of command.findings.entries()) {
      const hazard = await this.records.loadHazard(finding.hazardId);
      loaded.set(finding.hazardId, hazard);
      if (!hazard.exists) continue;
      const first = hazard.events[0];
      const source = (first.data as HazardIdentified['data']).source;
      const ours =
        inspectionEventId !== undefined &&
        first.metadata.causationId === inspectionEventId &&
        source?.inspectionId === command.id;
      if (!ours) {
        throw conflictProblem(
          'hazard_exists',
          `findings[${i}].hazardId: hazard ${finding.hazardId} already exists.`,
        );
      }
    }
    return loaded;
  }

  private async identifyHazards(
    identifications: IdentifyHazard[],
    loaded: Map<string, LoadedAggregate<HazardState>>,
    context: CommandContext,
  ) {
    const results: Array<{ view: HazardView; position: number }> = [];
    for (const identification of identifications) {
      const result = await this.aggregates.execute({
        ...hazardAggregate(identification.id),
        context,
        mode: 'create',
        loaded: loaded.get(identification.id),
        command: () => identification,
      });
      results.push({ view: hazardView(result.state, context), position: result.position });
    }
    return results;
  }
}
