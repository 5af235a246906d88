import type { CommandContext } from '../shared/command-context';
import type { RegisterUserDto, ReissueUserTokenDto, RevokeUserDto } from './users.dto';

export class RegisterUserCommand {
  constructor(
    readonly body: RegisterUserDto,
    readonly context: CommandContext,
  ) {}
}

export class RevokeUserCommand {
  constructor(
    readonly userId: string,
    readonly body: RevokeUserDto,
    readonly context: CommandContext,
  ) {}
}

export class ReissueUserTokenCommand {
  constructor(
    readonly userId: string,
    readonly body: ReissueUserTokenDto,
    readonly context: CommandContext,
  ) {}
}
