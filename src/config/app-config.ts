import { resolve } from 'node:path';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  dataDir: string;
  eventStore: 'sqlite' | 'esdb';
  eventStoreUrl?: string;
  readStore: 'sqlite' | 'mongodb';
  mongodbUrl?: string;
  bootstrapAdminToken?: string;
  logLevel: LogLevel;
  sqliteSynchronous: 'normal' | 'full';
  corsOrigins: string[];
  anchorIntervalMinutes: number;
  maxFailedAuthPerMinute: number;
  /**
   * How long a bearer token's user, once read, is taken as known without reading it again (0: read
   * on every request). A revocation on this instance takes effect at once; on another, within this.
   */
  tokenResolutionTtlMs: number;
  /** How long an Idempotency-Key stays claimed by a request whose instance stopped renewing it. */
  idempotencyClaimTtlSeconds: number;
  /** Larger answers to an Idempotency-Key request are recorded without their body (not replayed). */
  idempotencyMaxAnswerBytes: number;
  /**
   * Where the projections run: a worker thread of their own, or the main thread. As-of replays
   * and the printing of PDF documents follow: in a worker thread of their own, or on the main thread.
   */
  projectionsThread: 'worker' | 'main';
  /** As-of reads one user may have in flight at once; more are refused with 429. */
  maxAsOfReadsPerUser: number;
  /** As-of reads the service runs at once, all users together; more are refused with 429. */
  maxAsOfReads: number;
  /** The office that issues the documents for people (workbook, notices): their title line. */
  issuingOffice: string;
  /** Event feeds (GET /feed) one user may have open at once; one more is refused with 429. */
  maxFeedsPerUser: number;
  /** How often an event feed with nothing to send sends a comment line, so proxies keep it open. */
  feedHeartbeatSeconds: number;
  /** PDF documents waiting for or being laid out at once; one more is refused with 503. */
  maxQueuedDocuments: number;
}

export const DEFAULT_ISSUING_OFFICE = '安全生产委员会办公室';
const MAX_ISSUING_OFFICE_LENGTH = 60;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Reads and validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = env[name]?.trim();
    if (value === undefined || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const value = env[name]?.trim();
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  };
  const url = (name: string, schemes: string[], required: boolean): string | undefined => {
    const value = env[name]?.trim();
    if (!value) {
      if (required) problems.push(`${name} is required here`);
      return undefined;
    }
    if (!schemes.some((scheme) => value.startsWith(`${scheme}://`))) {
      problems.push(`${name} must start with ${schemes.map((s) => `${s}://`).join(' or ')}`);
    }
    return value;
  };

  const text = (name: string, fallback: string, maxLength: number): string => {
    const value = env[name]?.trim();
    if (value === undefined || value === '') return fallback;
    // eslint-disable-next-line no-control-regex
    if ([...value].length > maxLength || /[\u0000-\u001f\u007f]/.test(value)) {
      problems.push(
        `${name} must be at most ${maxLength} characters, none of them control characters`,
      );
      return fallback;
    }
    return value;
  };

  const eventStore = oneOf('EVENT_STORE', ['sqlite', 'esdb'] as const, 'sqlite');
  const readStore = oneOf('READ_STORE', ['sqlite', 'mongodb'] as const, 'sqlite');
  const bootstrapAdminToken = env.BOOTSTRAP_ADMIN_TOKEN?.trim() || undefined;
  if (bootstrapAdminToken && bootstrapAdminToken.length < 16) {
    problems.push('BOOTSTRAP_ADMIN_TOKEN must be at least 16 characters');
  }
  const config: AppConfig = {
    port: integer('PORT', 3000, 0, 65535),
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    eventStore,
    eventStoreUrl: url(
      'EVENTSTORE_URL',
      ['esdb', 'esdb+discover', 'kurrentdb', 'kdb'],
      eventStore === 'esdb',
    ),
    readStore,
    mongodbUrl: url('MONGODB_URL', ['mongodb', 'mongodb+srv'], readStore === 'mongodb'),
    bootstrapAdminToken,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    sqliteSynchronous: oneOf('SQLITE_SYNCHRONOUS', ['normal', 'full'] as const, 'normal'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    anchorIntervalMinutes: integer('ANCHOR_INTERVAL_MINUTES', 60, 0, 7 * 24 * 60),
    maxFailedAuthPerMinute: integer('MAX_FAILED_AUTH_PER_MINUTE', 20, 1, 100_000),
    tokenResolutionTtlMs: integer('TOKEN_RESOLUTION_TTL_MS', 30_000, 0, 3_600_000),
    idempotencyClaimTtlSeconds: integer('IDEMPOTENCY_CLAIM_TTL_SECONDS', 30, 1, 3600),
    idempotencyMaxAnswerBytes: integer('IDEMPOTENCY_MAX_ANSWER_BYTES', 262_144, 256, 786_432),
    projectionsThread: oneOf('PROJECTIONS_THREAD', ['worker', 'main'] as const, 'worker'),
    maxAsOfReadsPerUser: integer('MAX_AS_OF_READS_PER_USER', 2, 1, 1_000),
    maxAsOfReads: integer('MAX_AS_OF_READS', 4, 1, 10_000),
    issuingOffice: text('ISSUING_OFFICE', DEFAULT_ISSUING_OFFICE, MAX_ISSUING_OFFICE_LENGTH),
    maxFeedsPerUser: integer('MAX_FEEDS_PER_USER', 2, 1, 100),
    maxQueuedDocuments: integer('MAX_QUEUED_DOCUMENTS', 8, 1, 1_000),
    feedHeartbeatSeconds: integer('FEED_HEARTBEAT_SECONDS', 15, 1, 3600),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
