import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { InspectionRecords, type Reference } from '../inspection-records';
import { type ReportWriteResponse, updateReport } from '../inspection-results';
import { UseCase } from '../../shared/use-case';
import { VerifyReportDto } from '../inspections.dto';

export class VerifyReportCommand extends UseCase<{ reportId: string }, VerifyReportDto> {
  static readonly dto = VerifyReportDto;
}

/** Linked hazards and penalties must exist (422). */
@CommandHandler(VerifyReportCommand)
export class VerifyReportHandler implements ICommandHandler<VerifyReportCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly records: InspectionRecords,
  ) {}

  execute({
    params: { reportId },
    body,
    context,
  }: VerifyReportCommand): Promise<ReportWriteResponse> {
    return updateReport(this.aggregates, reportId, context, async () => {
      await this.records.require({
        hazards: references(body.hazardIds, 'hazardIds'),
        penalties: references(body.penaltyIds, 'penaltyIds'),
      });
      return {
        type: 'VerifyReport' as const,
        substantiated: body.substantiated,
        verifiedAt: utc(body.verifiedAt),
        ...(body.hazardIds != null && { hazardIds: body.hazardIds }),
        ...(body.penaltyIds != null && { penaltyIds: body.penaltyIds }),
        ...(body.rewardYuan != null && { rewardYuan: body.rewardYuan }),
        now: context.now.toISOString(),
      };
    });
  }
}

const references = (ids: string[] | undefined | null, field: string): Reference[] =>
  [...new Set(ids ?? [])].map((id) => ({ id, field: `${field}[${(ids ?? []).indexOf(id)}]` }));
