import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ReportState, toReportView } from '../../../domain/inspections';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { utc } from '../../shared/validators';
import { InspectionRecords } from '../inspection-records';
import type { ReportWriteResponse } from '../inspection-results';
import { type NoParams, UseCase } from '../../shared/use-case';
import { ReceiveReportDto } from '../inspections.dto';
import { reportAggregate } from '../inspection-results';

export class ReceiveReportCommand extends UseCase<NoParams, ReceiveReportDto> {
  static readonly dto = ReceiveReportDto;
}

@CommandHandler(ReceiveReportCommand)
export class ReceiveReportHandler implements ICommandHandler<ReceiveReportCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: InspectionRecords,
  ) {}

  async execute({ body, context }: ReceiveReportCommand): Promise<ReportWriteResponse> {
    const id = body.id ?? newId('R');
    const result = await this.aggregates.execute({
      ...reportAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        await this.records.require({ units: [{ id: body.subjectUnitId, field: 'subjectUnitId' }] });
        return {
          type: 'ReceiveReport' as const,
          id,
          subjectUnitId: body.subjectUnitId,
          receivedAt: utc(body.receivedAt),
          content: body.content,
          anonymous: body.anonymous,
          now: context.now.toISOString(),
        };
      },
    });
    return {
      ...toReportView(result.state as NonNullable<ReportState>),
      position: result.position,
    };
  }
}
