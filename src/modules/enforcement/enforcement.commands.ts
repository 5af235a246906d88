import type { CommandContext } from '../shared/command-context';
import type {
  BlacklistEnterpriseDto,
  DecideAccountabilityActionDto,
  DecidePenaltyDto,
  RemoveFromBlacklistDto,
  RevokePenaltyDto,
} from './enforcement.dto';

export class DecidePenaltyCommand {
  constructor(
    readonly body: DecidePenaltyDto,
    readonly context: CommandContext,
  ) {}
}

export class RevokePenaltyCommand {
  constructor(
    readonly penaltyId: string,
    readonly body: RevokePenaltyDto,
    readonly context: CommandContext,
  ) {}
}

export class DecideAccountabilityActionCommand {
  constructor(
    readonly body: DecideAccountabilityActionDto,
    readonly context: CommandContext,
  ) {}
}

export class BlacklistEnterpriseCommand {
  constructor(
    readonly body: BlacklistEnterpriseDto,
    readonly context: CommandContext,
  ) {}
}

export class RemoveFromBlacklistCommand {
  constructor(
    readonly enterpriseId: string,
    readonly body: RemoveFromBlacklistDto,
    readonly context: CommandContext,
  ) {}
}
