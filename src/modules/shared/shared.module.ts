import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AggregateExecutor } from './aggregate-executor';
import { IdempotencyInterceptor } from './idempotency.interceptor';

@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [AggregateExecutor, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
  exports: [AggregateExecutor, CqrsModule],
})
export class SharedModule {}
