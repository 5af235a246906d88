import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuthGuard } from './auth.guard';
import { BootstrapTokenResolver } from './bootstrap-token.resolver';
import { TOKEN_RESOLVERS } from './token-resolver';

@Global()
@Module({
  providers: [
    {
      provide: TOKEN_RESOLVERS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [new BootstrapTokenResolver(config.bootstrapAdminToken)],
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TOKEN_RESOLVERS],
})
export class AuthModule {}
