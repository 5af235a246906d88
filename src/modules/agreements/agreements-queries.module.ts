import { Module } from '@nestjs/common';
import { AgreementsQueryController } from './agreements.query-controller';
import { CoverageHandler } from './queries/coverage.query';
import { ListAgreementsHandler } from './queries/list-agreements.query';

@Module({
  controllers: [AgreementsQueryController],
  providers: [ListAgreementsHandler, CoverageHandler],
})
export class AgreementsQueriesModule {}
