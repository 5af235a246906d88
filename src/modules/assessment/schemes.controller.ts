import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  DEFAULT_SCHEME,
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
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { param } from '../auth/touches';

@ApiSection(SECTIONS.assessment)
@Controller('schemes')
export class SchemesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  /** The body is the scheme document itself (DOMAIN.md "Assessment"), validated by the domain. */
  @Route({
    roles: OFFICE,
    touches: [param('year', 'year')],
    summary: "Publish or replace the year's assessment scheme (考核方案)",
    body:
      'The scheme document (DOMAIN.md "Assessment"); the domain validates it (422 naming each ' +
      'field). The example is the default scheme.',
    examples: { request: DEFAULT_SCHEME },
    answer: 'SchemeWritten',
  })
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
  @Route({
    roles: ALL,
    touches: [],
    summary: 'The published scheme of a year, or the default',
    answer: 'Scheme',
  })
  @Get(':year')
  async get(@Param('year', YearPipe) year: number) {
    const { state } = await this.aggregates.load<SchemeState>(schemeDecider, schemeStreamId(year));
    return toSchemeView(year, state);
  }
}
