import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toUserView, userDecider, userStreamId, type UserState } from '../../domain/users';
import { notFoundProblem } from '../../infrastructure/http/problem';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { RegisterUserCommand } from './handlers/register-user.handler';
import { ReissueUserTokenCommand } from './handlers/reissue-user-token.handler';
import { RevokeUserCommand } from './handlers/revoke-user.handler';
import { RegisterUserDto, ReissueUserTokenDto, RevokeUserDto } from './users.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { OFFICE, AUDIT } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

@ApiSection(SECTIONS.users)
@Controller('users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [body('scopeUnitId')],
    summary: 'Register a user and issue its token, shown once (用户注册)',
    answer: 'UserRegistered',
  })
  @Post()
  register(@Body() body: RegisterUserDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RegisterUserCommand({}, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'user')],
    summary: "Revoke a user's token (注销用户)",
    answer: 'UserWritten',
  })
  @Post(':id/revocation')
  @HttpCode(200)
  revoke(@Param('id') id: string, @Body() body: RevokeUserDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RevokeUserCommand({ userId: id }, body, context));
  }

  /** 201: a new token, shown once. */
  @Route({
    roles: OFFICE,
    touches: [param('id', 'user')],
    summary: 'Issue a user a new token, shown once; the old one stops working (重新签发令牌)',
    answer: 'UserToken',
  })
  @Post(':id/token')
  reissueToken(
    @Param('id') id: string,
    @Body() body: ReissueUserTokenDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new ReissueUserTokenCommand({ userId: id }, body, context));
  }

  @Route({ roles: AUDIT, touches: [param('id', 'user')], summary: 'Get a user', answer: 'User' })
  @Get(':id')
  async get(@Param('id') id: string) {
    const user = await this.aggregates.load<UserState>(userDecider, userStreamId(id));
    if (!user.state) throw notFoundProblem(`No user ${id}.`);
    return toUserView(user.state);
  }
}
