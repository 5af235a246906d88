import { Module } from '@nestjs/common';
import { ListUnitsHandler } from './queries/list-units.query';
import { UnitsQueryController } from './units.query-controller';

@Module({ controllers: [UnitsQueryController], providers: [ListUnitsHandler] })
export class UnitsQueriesModule {}
