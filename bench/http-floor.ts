import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

/**
 * The framework's floor for the HTTP figure: the same routes as the command mix, served by
 * NestJS on Express with nothing behind them (no middleware, validation, auth, store or
 * projection). The load against it, in the same run, shows how much of a command's cost is the
 * framework itself on this machine.
 */
@Controller()
class FloorController {
  private position = 0;

  @Get('health')
  health() {
    return { status: 'ok' };
  }

  @Post('api/v1/hazards')
  identify(@Body() body: { id?: string }) {
    return { id: body.id, position: ++this.position };
  }

  @Post('api/v1/hazards/:id/rectification')
  @HttpCode(200)
  rectify(@Param('id') id: string) {
    return { id, position: ++this.position };
  }

  @Post('api/v1/hazards/:id/verification')
  @HttpCode(200)
  verify(@Param('id') id: string) {
    return { id, position: ++this.position };
  }

  @Post('api/v1/incidents')
  report(@Body() body: { id?: string }) {
    return { id: body.id, position: ++this.position };
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function serve(port: number): Promise<void> {
  const app = await NestFactory.create(FloorModule, { logger: false });
  await app.listen(port, '127.0.0.1');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

if (require.main === module) {
  serve(Number(process.env.PORT)).catch((error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  });
}
