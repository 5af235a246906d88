import { ConfigError, loadConfig } from '../../src/config/app-config';

describe('configuration', () => {
  it('defaults to the embedded stores on port 3000 under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      eventStore: 'sqlite',
      readStore: 'sqlite',
      logLevel: 'info',
      projectionsThread: 'worker',
      maxAsOfReadsPerUser: 2,
      maxAsOfReads: 4,
      maxFeedsPerUser: 2,
      feedHeartbeatSeconds: 15,
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        EVENT_STORE: 'postgres',
        READ_STORE: 'mongodb',
        LOG_LEVEL: 'loud',
        PROJECTIONS_THREAD: 'both',
        MAX_AS_OF_READS_PER_USER: '0',
        MAX_AS_OF_READS: 'many',
        MAX_FEEDS_PER_USER: '0',
        MAX_QUEUED_DOCUMENTS: 'lots',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/EVENT_STORE/);
    expect(problems).toMatch(/MONGODB_URL is required/);
    expect(problems).toMatch(/LOG_LEVEL/);
    expect(problems).toMatch(/PROJECTIONS_THREAD must be one of worker, main/);
    expect(problems).toMatch(/MAX_AS_OF_READS_PER_USER must be an integer from 1/);
    expect(problems).toMatch(/MAX_AS_OF_READS must be an integer from 1/);
    expect(problems).toMatch(/MAX_FEEDS_PER_USER must be an integer from 1 to 100/);
    expect(problems).toMatch(/MAX_QUEUED_DOCUMENTS must be an integer from 1 to 1000/);
  });

  it('keeps a token resolution 30 s by default, none with 0, and refuses a negative time', () => {
    expect(loadConfig({}).tokenResolutionTtlMs).toBe(30_000);
    expect(loadConfig({ TOKEN_RESOLUTION_TTL_MS: '0' }).tokenResolutionTtlMs).toBe(0);
    expect(() => loadConfig({ TOKEN_RESOLUTION_TTL_MS: '-1' })).toThrow(
      /TOKEN_RESOLUTION_TTL_MS must be an integer from 0 to 3600000/,
    );
  });

  it('names the issuing office from ISSUING_OFFICE, 安全生产委员会办公室 by default', () => {
    expect(loadConfig({}).issuingOffice).toBe('安全生产委员会办公室');
    expect(loadConfig({ ISSUING_OFFICE: '  城关区安全生产委员会办公室 ' }).issuingOffice).toBe(
      '城关区安全生产委员会办公室',
    );
    expect(() => loadConfig({ ISSUING_OFFICE: '安委办\n' + 'x' })).toThrow(/ISSUING_OFFICE/);
    expect(() => loadConfig({ ISSUING_OFFICE: '办'.repeat(61) })).toThrow(
      /ISSUING_OFFICE must be at most 60 characters/,
    );
  });

  it('requires the EventStoreDB URL when that adapter is chosen', () => {
    expect(() => loadConfig({ EVENT_STORE: 'esdb' })).toThrow(/EVENTSTORE_URL is required/);
    expect(
      loadConfig({ EVENT_STORE: 'esdb', EVENTSTORE_URL: 'esdb://localhost:2113?tls=false' })
        .eventStoreUrl,
    ).toBe('esdb://localhost:2113?tls=false');
  });
});
