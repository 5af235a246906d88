import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, type CommandContext } from '../shared/command-context';
import { BlacklistEnterpriseCommand } from './handlers/blacklist-enterprise.handler';
import { RemoveFromBlacklistCommand } from './handlers/remove-from-blacklist.handler';
import { BlacklistEnterpriseDto, RemoveFromBlacklistDto } from './enforcement.dto';

/** Writes only: the lists (`GET /blacklist`, `GET /blacklist/candidates`) are read models. */
@Controller('blacklist')
export class BlacklistController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  list(@Body() body: BlacklistEnterpriseDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new BlacklistEnterpriseCommand({}, body, context));
  }

  @Post(':enterpriseId/removal')
  @HttpCode(200)
  remove(
    @Param('enterpriseId') enterpriseId: string,
    @Body() body: RemoveFromBlacklistDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new RemoveFromBlacklistCommand({ enterpriseId }, body, context));
  }
}
