import type { AppConfig, LogLevel } from '../../../config/app-config';
import type { SlotProgress } from '../projector';

/** What the projection worker is started with. */
export interface WorkerSetup {
  config: AppConfig;
  logLevel: LogLevel;
  /** The lease owner: the same for every worker this host starts. */
  owner: string;
}

export interface WorkerCall {
  kind: 'call';
  id: number;
  method: 'start' | 'stop' | 'rebuild';
  names?: readonly string[];
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'progress'; slots: SlotProgress[] }
  | { kind: 'reply'; id: number; error?: string };
