import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  schemeDecider,
  type SchemeState,
  schemeStreamId,
  toSchemeView,
} from '../../domain/assessment';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { YearPipe } from '../shared/year.pipe';
import { PublishSchemeCommand } from './handlers/publish-scheme.handler';
import { requireSchemeDocument } from './scheme-body';

@Controller('schemes')
export class SchemesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  /** The body is the scheme document itself (DOMAIN.md "Assessment"), validated by the domain. */
  @Put(':year')
  publish(
    @Param('year', YearPipe) year: number,
    @Body() body: unknown,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new PublishSchemeCommand({ year }, requireSchemeDocument(body), context),
    );
  }

  /** The published scheme, or the default marked `default: true`. */
  @Get(':year')
  async get(@Param('year', YearPipe) year: number) {
    const { state } = await this.aggregates.load<SchemeState>(schemeDecider, schemeStreamId(year));
    return toSchemeView(year, state);
  }
}
