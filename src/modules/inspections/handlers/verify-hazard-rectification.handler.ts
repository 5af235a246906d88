import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { UseCase } from '../../shared/use-case';
import { VerifyHazardRectificationDto } from '../inspections.dto';

export class VerifyHazardRectificationCommand extends UseCase<
  { hazardId: string },
  VerifyHazardRectificationDto
> {
  static readonly dto = VerifyHazardRectificationDto;
}

@CommandHandler(VerifyHazardRectificationCommand)
export class VerifyHazardRectificationHandler implements ICommandHandler<VerifyHazardRectificationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    params: { hazardId },
    body,
    context,
  }: VerifyHazardRectificationCommand): Promise<HazardWriteResponse> {
    return updateHazard(this.aggregates, hazardId, context, () => ({
      type: 'VerifyHazardRectification' as const,
      passed: body.passed,
      verifiedAt: utc(body.verifiedAt),
      verifier: body.verifier,
      ...(body.note != null && { note: body.note }),
      now: context.now.toISOString(),
    }));
  }
}
