import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type HazardSource } from '../../../domain/inspections';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { InspectionRecords, type Reference } from '../inspection-records';
import {
  hazardView,
  type HazardWriteResponse,
  unitFacts,
  hazardAggregate,
} from '../inspection-results';
import { type NoParams, UseCase } from '../../shared/use-case';
import { IdentifyHazardDto } from '../inspections.dto';

export class IdentifyHazardCommand extends UseCase<NoParams, IdentifyHazardDto> {
  static readonly dto = IdentifyHazardDto;
}

@CommandHandler(IdentifyHazardCommand)
export class IdentifyHazardHandler implements ICommandHandler<IdentifyHazardCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: InspectionRecords,
  ) {}

  async execute({ body, context }: IdentifyHazardCommand): Promise<HazardWriteResponse> {
    const id = body.id ?? newId('H');
    const result = await this.aggregates.execute({
      ...hazardAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        const units = await this.records.require({
          units: [
            { id: body.unitId, field: 'unitId' },
            ...optional(body.supervisingUnitId, 'supervisingUnitId'),
          ],
          inspections: optional(body.source?.inspectionId, 'source.inspectionId'),
          reports: optional(body.source?.reportId, 'source.reportId'),
        });
        const source: HazardSource | undefined = body.source && {
          ...(body.source.inspectionId != null && {
            inspectionId: body.source.inspectionId,
          }),
          ...(body.source.reportId != null && { reportId: body.source.reportId }),
        };
        return {
          type: 'IdentifyHazard' as const,
          id,
          unitId: body.unitId,
          level: body.level,
          description: body.description,
          identifiedAt: utc(body.identifiedAt),
          deadline: utc(body.deadline),
          ...(source && { source }),
          unit: unitFacts(units.get(body.unitId)!),
          ...(body.supervisingUnitId != null && {
            supervisingUnitId: body.supervisingUnitId,
          }),
          now: context.now.toISOString(),
        };
      },
    });
    return { ...hazardView(result.state, context), position: result.position };
  }
}

const optional = (id: string | undefined, field: string): Reference[] =>
  id == null ? [] : [{ id, field }];
