import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrectableField } from '../../../domain/incidents';
import { INDUSTRIES } from '../../../domain/units';
import { badRequest } from '../../../infrastructure/http/problem';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { newId } from '../../shared/ids';
import { isIsoDateTimeWithOffset, utc, utcOrUndefined } from '../../shared/validators';
import { updateIncident } from '../incident-result';
import { UseCase } from '../../shared/use-case';
import { CorrectIncidentDto } from '../incidents.dto';

export class CorrectIncidentCommand extends UseCase<{ incidentId: string }, CorrectIncidentDto> {
  static readonly dto = CorrectIncidentDto;
}

const TIME_FIELDS: readonly string[] = ['occurredAt', 'reportedAt', 'headInformedAt'];
const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,99}$/u;

@CommandHandler(CorrectIncidentCommand)
export class CorrectIncidentHandler implements ICommandHandler<CorrectIncidentCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  /** Records a proposal (四眼原则): nothing changes until another user approves it. */
  async execute({ params: { incidentId }, body, context }: CorrectIncidentCommand) {
    const to = normalisedValue(body.field, body.to);
    const correctionId = newId('C');
    const { position, corrections } = await updateIncident(
      this.aggregates,
      incidentId,
      context,
      async () => {
        if (body.field === 'unitId') await this.units.referenced(to, 'to');
        return {
          type: 'ProposeIncidentCorrection' as const,
          correctionId,
          field: body.field as CorrectableField,
          to,
          reason: body.reason,
          proposedBy: context.actor.id,
          proposedAt: utcOrUndefined(body.correctedAt),
          now: context.now.toISOString(),
        };
      },
    );
    const proposed = corrections.find((c) => c.correctionId === correctionId)!;
    return { incidentId, ...proposed, position };
  }
}

/** `to` takes the form of the field it corrects: a time, an industry code or a unit id. */
function normalisedValue(field: string, to: string): string {
  if (TIME_FIELDS.includes(field)) {
    if (!isIsoDateTimeWithOffset(to)) {
      throw badRequest('The request is invalid.', [
        { field: 'to', message: `to must be an ISO 8601 time with an offset for ${field}` },
      ]);
    }
    return utc(to);
  }
  if (field === 'industry' && !(INDUSTRIES as readonly string[]).includes(to)) {
    throw badRequest('The request is invalid.', [
      { field: 'to', message: `to must be one of: ${INDUSTRIES.join(', ')}` },
    ]);
  }
  if (field === 'unitId' && !ID.test(to)) {
    throw badRequest('The request is invalid.', [{ field: 'to', message: 'to must be a unit id' }]);
  }
  return to;
}
