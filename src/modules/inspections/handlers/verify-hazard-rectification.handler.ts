import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type HazardWriteResponse, updateHazard } from '../inspection-results';
import { VerifyHazardRectificationCommand } from '../inspections.commands';

@CommandHandler(VerifyHazardRectificationCommand)
export class VerifyHazardRectificationHandler implements ICommandHandler<VerifyHazardRectificationCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({
    hazardId,
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
