import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventStoreModule } from './infrastructure/event-store/event-store.module';
import { InstanceModule } from './infrastructure/leases/instance.module';
import { LOGGER } from './infrastructure/logging/logger';
import { ProjectionsModule } from './infrastructure/projections/projections.module';
import { ReadStoreModule } from './infrastructure/read-store/read-store.module';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { InspectionsModule } from './modules/inspections/inspections.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { EnforcementModule } from './modules/enforcement/enforcement.module';
import { AssessmentModule } from './modules/assessment/assessment.module';
import { UsersModule } from './modules/users/users.module';
import { InspectionsQueriesModule } from './modules/inspections/inspections-queries.module';
import { IncidentsQueriesModule } from './modules/incidents/incidents-queries.module';
import { EnforcementQueriesModule } from './modules/enforcement/enforcement-queries.module';
import { AuditModule } from './modules/audit/audit.module';
import { UnitsQueriesModule } from './modules/units/units-queries.module';
import { AgreementsQueriesModule } from './modules/agreements/agreements-queries.module';
import { AssessmentQueriesModule } from './modules/assessment/assessment-queries.module';
import { AsOfModule } from './modules/as-of/as-of.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { SharedModule } from './modules/shared/shared.module';
import { UnitsModule } from './modules/units/units.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        EventStoreModule,
        ReadStoreModule,
        InstanceModule,
        ProjectionsModule,
        SharedModule,
        AsOfModule,
        AuthModule,
        HealthModule,
        InspectionsQueriesModule,
        IncidentsQueriesModule,
        EnforcementQueriesModule,
        AuditModule,
        UnitsQueriesModule,
        AgreementsQueriesModule,
        AssessmentQueriesModule,
        UnitsModule,
        UsersModule,
        AgreementsModule,
        InspectionsModule,
        IncidentsModule,
        EnforcementModule,
        AssessmentModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, LOGGER],
    };
  }
}
