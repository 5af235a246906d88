import type { AppConfig, LogLevel } from '../../config/app-config';
import type { AsOfMethod } from './as-of-reads';

/** What the as-of worker is started with. */
export interface AsOfWorkerSetup {
  config: AppConfig;
  logLevel: LogLevel;
}

export type AsOfWorkerCall =
  { kind: 'call'; id: number; method: AsOfMethod; args: unknown[] } | { kind: 'close' };

export type AsOfWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'reply'; id: number; value?: unknown; error?: string }
  | { kind: 'closed' };
