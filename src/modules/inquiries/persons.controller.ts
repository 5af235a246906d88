import { Controller, Get, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Response } from 'express';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { readOfUnit } from '../auth/scoped-reads';
import { param } from '../auth/touches';
import type { ActorRequest } from '../shared/actor';
import { DossierQueryDto, DossierWorkbookQueryDto, ListPersonsQueryDto } from './persons.query-dto';
import { DossierQuery, type DossierFilter, DossierWorkbookQuery } from './queries/dossier.query';
import { ListPersonsQuery } from './queries/list-persons.query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const filterOf = ({ from, to, asOf }: DossierFilter): DossierFilter => ({ from, to, asOf });

@ApiSection(SECTIONS.inquiries)
@Controller('persons')
export class PersonsController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...readOfUnit(),
    summary: 'List persons who held a post (任职人员), with the posts in scope',
    answer: 'PersonPage',
  })
  @Get()
  list(@Query() filter: ListPersonsQueryDto, @Req() request: ActorRequest) {
    return this.queries.execute(new ListPersonsQuery(filter, request.actor!));
  }

  @Route({
    roles: ALL,
    touches: [param('personId', 'person')],
    summary: "A person's dossier for an inquiry (人员履职档案), each line with its events",
    answer: 'Dossier',
  })
  @Get(':personId/dossier')
  async dossier(
    @Param('personId') personId: string,
    @Query() filter: DossierQueryDto,
    @Req() request: ActorRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (filter.format !== 'xlsx') {
      return this.queries.execute(new DossierQuery(personId, filterOf(filter), request.actor!));
    }
    const workbook = await this.workbook(personId, filter, request);
    response.type(XLSX).setHeader('Content-Disposition', attachment(personId));
    return new StreamableFile(workbook);
  }

  @Route({
    roles: ALL,
    touches: [param('personId', 'person')],
    summary: "A person's dossier as an Excel workbook (人员履职档案导出)",
  })
  @Get(':personId/dossier.xlsx')
  async dossierWorkbook(
    @Param('personId') personId: string,
    @Query() filter: DossierWorkbookQueryDto,
    @Req() request: ActorRequest,
    @Res() response: Response,
  ): Promise<void> {
    const workbook = await this.workbook(personId, filter, request);
    response
      .status(200)
      .type(XLSX)
      .setHeader('Content-Disposition', attachment(personId))
      .send(workbook);
  }

  private workbook(personId: string, filter: DossierFilter, request: ActorRequest) {
    return this.queries.execute<DossierWorkbookQuery, Buffer>(
      new DossierWorkbookQuery(personId, filterOf(filter), request.actor!),
    );
  }
}

/** The file name, ASCII for old clients and UTF-8 (RFC 5987) for the person's id as given. */
const attachment = (personId: string) =>
  `attachment; filename="dossier.xlsx"; filename*=UTF-8''dossier-${encodeURIComponent(personId)}.xlsx`;
