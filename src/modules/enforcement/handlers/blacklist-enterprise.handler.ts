import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  blacklistDecider,
  blacklistStreamId,
  type BlacklistState,
  defaultListingUntil,
  latestListing,
  toBlacklistView,
} from '../../../domain/enforcement';
import { UnitLookup } from '../../units/unit-lookup';
import { AggregateExecutor } from '../../shared/aggregate-executor';
import { utc } from '../../shared/validators';
import { type NoParams, UseCase } from '../../shared/use-case';
import { BlacklistEnterpriseDto } from '../enforcement.dto';
import { blacklistAggregate } from '../aggregates';

export class BlacklistEnterpriseCommand extends UseCase<NoParams, BlacklistEnterpriseDto> {
  static readonly dto = BlacklistEnterpriseDto;
}

/**
 * The stream `blacklist-<enterpriseId>` holds every listing of the enterprise, so a listing is a
 * create only when the stream does not exist yet; a later listing (after the previous one ended)
 * appends to it. Repeating the request of the latest listing answers it again and records nothing.
 */
@CommandHandler(BlacklistEnterpriseCommand)
export class BlacklistEnterpriseHandler implements ICommandHandler<BlacklistEnterpriseCommand> {
  constructor(
    private readonly aggregates: AggregateExecutor,
    private readonly units: UnitLookup,
  ) {}

  async execute({ body, context }: BlacklistEnterpriseCommand) {
    const { enterpriseId } = body;
    const streamId = blacklistStreamId(enterpriseId);
    const listedAt = utc(body.listedAt);
    const until = body.until === undefined ? undefined : utc(body.until);
    const now = context.now.toISOString();

    const existing = await this.aggregates.load<BlacklistState>(blacklistDecider, streamId);
    const latest = latestListing(existing.state);
    if (
      latest &&
      latest.reason === body.reason &&
      latest.listedAt === listedAt &&
      latest.until === (until ?? defaultListingUntil(listedAt))
    ) {
      return { ...toBlacklistView(enterpriseId, existing.state, now), position: existing.position };
    }

    const result = await this.aggregates.execute({
      ...blacklistAggregate(enterpriseId),
      context,
      mode: existing.exists ? 'update' : 'create',
      command: async () => {
        const enterprise = await this.units.referenced(enterpriseId, 'enterpriseId');
        return {
          type: 'BlacklistEnterprise' as const,
          enterpriseId,
          reason: body.reason,
          listedAt,
          ...(until !== undefined && { until }),
          enterprise: { id: enterprise.id, kind: enterprise.kind },
          now,
        };
      },
    });
    return { ...toBlacklistView(enterpriseId, result.state, now), position: result.position };
  }
}
