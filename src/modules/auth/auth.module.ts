import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuthGuard } from './auth.guard';
import { BootstrapTokenResolver } from './bootstrap-token.resolver';
import { TOKEN_RESOLVERS } from './token-resolver';
import { UsersModule } from '../users/users.module';
import { UserTokenResolver } from '../users/user-token.resolver';

@Global()
@Module({
  imports: [UsersModule],
  providers: [
    {
      provide: TOKEN_RESOLVERS,
      inject: [APP_CONFIG, UserTokenResolver],
      useFactory: (config: AppConfig, users: UserTokenResolver) => [
        new BootstrapTokenResolver(config.bootstrapAdminToken),
        users,
      ],
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TOKEN_RESOLVERS],
})
export class AuthModule {}
