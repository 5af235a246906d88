import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import request from 'supertest';
import {
  EventsTooLargeError,
  StoreUnavailableError,
} from '../../../src/infrastructure/event-store/event-store.port';
import { ProblemFilter } from '../../../src/infrastructure/http/problem.filter';

@Controller()
class FailingController {
  @Get('unavailable')
  unavailable(): never {
    throw new StoreUnavailableError('EventStoreDB unavailable: not leader');
  }

  @Get('too-large')
  tooLarge(): never {
    throw new EventsTooLargeError('incident-1', 1_048_576);
  }
}

@Module({ controllers: [FailingController] })
class FailingModule {}

describe('event store port errors over HTTP', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await NestFactory.create(FailingModule, { logger: false });
    app.useGlobalFilters(new ProblemFilter(pino({ level: 'silent' })));
    await app.init();
  });
  afterAll(async () => app.close());

  it('answers 503 store_unavailable with Retry-After when the store has no leader', async () => {
    const response = await request(app.getHttpServer()).get('/unavailable');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(response.text)).toMatchObject({
      type: 'urn:safety:problem:store_unavailable',
    });
  });

  it('answers 413 events_too_large when the store refuses the append size', async () => {
    const response = await request(app.getHttpServer()).get('/too-large');
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toMatchObject({
      type: 'urn:safety:problem:events_too_large',
    });
  });
});
