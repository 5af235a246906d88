import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { unitAggregate, unitResult } from '../unit-result';
import { newId } from '../../shared/ids';
import { utcOrUndefined } from '../../shared/validators';
import { UnitLookup } from '../unit-lookup';
import { type NoParams, UseCase } from '../../shared/use-case';
import { RegisterUnitDto } from '../units.dto';

export class RegisterUnitCommand extends UseCase<NoParams, RegisterUnitDto> {
  static readonly dto = RegisterUnitDto;
}

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  async execute({ body, context }: RegisterUnitCommand) {
    const id = body.id ?? newId('U');
    const result = await this.aggregates.execute({
      ...unitAggregate(id),
      context,
      mode: 'create',
      command: async () => {
        if (body.parentId !== undefined) await this.units.referenced(body.parentId, 'parentId');
        return {
          type: 'RegisterUnit' as const,
          id,
          name: body.name,
          kind: body.kind,
          parentId: body.parentId,
          industry: body.industry,
          regulatedIndustries: body.regulatedIndustries,
          establishedAt: utcOrUndefined(body.establishedAt),
          now: context.now.toISOString(),
        };
      },
    });
    return unitResult(result);
  }
}
