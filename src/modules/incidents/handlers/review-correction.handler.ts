import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc, utcOrUndefined } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { ApproveCorrectionDto, RejectCorrectionDto } from '../incidents.dto';

export class ApproveCorrectionCommand extends UseCase<
  { incidentId: string; correctionId: string },
  ApproveCorrectionDto
> {
  static readonly dto = ApproveCorrectionDto;
}

export class RejectCorrectionCommand extends UseCase<
  { incidentId: string; correctionId: string },
  RejectCorrectionDto
> {
  static readonly dto = RejectCorrectionDto;
}

/** The approver's id goes on the command: the decider refuses the proposer's own (four eyes). */
@CommandHandler(ApproveCorrectionCommand)
export class ApproveCorrectionHandler implements ICommandHandler<ApproveCorrectionCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params: { incidentId, correctionId }, body, context }: ApproveCorrectionCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'ApproveIncidentCorrection' as const,
      correctionId,
      approvedBy: context.actor.id,
      approvedAt: utc(body.approvedAt),
      now: context.now.toISOString(),
    }));
  }
}

@CommandHandler(RejectCorrectionCommand)
export class RejectCorrectionHandler implements ICommandHandler<RejectCorrectionCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params: { incidentId, correctionId }, body, context }: RejectCorrectionCommand) {
    return updateIncident(this.aggregates, incidentId, context, () => ({
      type: 'RejectIncidentCorrection' as const,
      correctionId,
      rejectedBy: context.actor.id,
      reason: body.reason,
      rejectedAt: utcOrUndefined(body.rejectedAt),
      now: context.now.toISOString(),
    }));
  }
}
