import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Ctx, type CommandContext } from '../shared/command-context';
import { BlacklistEnterpriseCommand } from './handlers/blacklist-enterprise.handler';
import { RemoveFromBlacklistCommand } from './handlers/remove-from-blacklist.handler';
import { BlacklistEnterpriseDto, RemoveFromBlacklistDto } from './enforcement.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

/** Writes only: the lists (`GET /blacklist`, `GET /blacklist/candidates`) are read models. */
@ApiSection(SECTIONS.enforcement)
@Controller('blacklist')
export class BlacklistController {
  constructor(private readonly commands: CommandBus) {}

  @Route({
    roles: OFFICE,
    touches: [body('enterpriseId')],
    summary: 'List an enterprise as seriously dishonest (列入严重失信主体名单)',
    answer: 'BlacklistWritten',
  })
  @Post()
  list(@Body() body: BlacklistEnterpriseDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new BlacklistEnterpriseCommand({}, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('enterpriseId', 'unit')],
    summary: 'Remove an enterprise from the list (移出名单)',
    answer: 'BlacklistWritten',
  })
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
