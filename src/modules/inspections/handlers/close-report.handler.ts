import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type ReportWriteResponse, updateReport } from '../inspection-results';
import { UseCase } from '../../shared/use-case';
import { CloseReportDto } from '../inspections.dto';

export class CloseReportCommand extends UseCase<{ reportId: string }, CloseReportDto> {
  static readonly dto = CloseReportDto;
}

@CommandHandler(CloseReportCommand)
export class CloseReportHandler implements ICommandHandler<CloseReportCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params: { reportId },
    body,
    context,
  }: CloseReportCommand): Promise<ReportWriteResponse> {
    return updateReport(this.aggregates, reportId, context, () => ({
      type: 'CloseReport' as const,
      ...(body.closedAt != null && { closedAt: utc(body.closedAt) }),
      now: context.now.toISOString(),
    }));
  }
}
