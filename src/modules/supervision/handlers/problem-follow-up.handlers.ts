import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ProblemView } from '../../../domain/supervision';
import type { Written } from '../../contract/answers';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { UseCase } from '../../shared/use-case';
import { utc } from '../../shared/validators';
import { ExtendProblemDeadlineDto, RectifyProblemDto, VerifyProblemDto } from '../supervision.dto';
import { updateProblem } from '../supervision-results';

type ProblemParams = { problemId: string };

export class RectifyProblemCommand extends UseCase<ProblemParams, RectifyProblemDto> {
  static readonly dto = RectifyProblemDto;
}

export class VerifyProblemCommand extends UseCase<ProblemParams, VerifyProblemDto> {
  static readonly dto = VerifyProblemDto;
}

export class ExtendProblemDeadlineCommand extends UseCase<ProblemParams, ExtendProblemDeadlineDto> {
  static readonly dto = ExtendProblemDeadlineDto;
}

@CommandHandler(RectifyProblemCommand)
export class RectifyProblemHandler implements ICommandHandler<RectifyProblemCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params, body, context }: RectifyProblemCommand): Promise<Written<ProblemView>> {
    return updateProblem(this.aggregates, params.problemId, context, () => ({
      type: 'RectifyProblem' as const,
      rectifiedAt: utc(body.rectifiedAt),
      evidence: body.evidence,
      now: context.now.toISOString(),
    }));
  }
}

@CommandHandler(VerifyProblemCommand)
export class VerifyProblemHandler implements ICommandHandler<VerifyProblemCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params, body, context }: VerifyProblemCommand): Promise<Written<ProblemView>> {
    return updateProblem(this.aggregates, params.problemId, context, () => ({
      type: 'VerifyProblemRectification' as const,
      passed: body.passed,
      verifiedAt: utc(body.verifiedAt),
      verifier: body.verifier,
      ...(body.note != null && { note: body.note }),
      now: context.now.toISOString(),
    }));
  }
}

@CommandHandler(ExtendProblemDeadlineCommand)
export class ExtendProblemDeadlineHandler implements ICommandHandler<ExtendProblemDeadlineCommand> {
  constructor(private readonly aggregates: AggregateExecutor) {}

  execute({ params, body, context }: ExtendProblemDeadlineCommand): Promise<Written<ProblemView>> {
    return updateProblem(this.aggregates, params.problemId, context, () => ({
      type: 'ExtendProblemDeadline' as const,
      deadline: utc(body.deadline),
      reason: body.reason,
      ...(body.extendedAt != null && { extendedAt: utc(body.extendedAt) }),
      now: context.now.toISOString(),
    }));
  }
}
