import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { SYSTEM_ACTOR_IDS } from '../../domain/users';
import { INSTANCE, type Instance } from '../../infrastructure/leases/instance.module';
import { claimLeases } from '../../infrastructure/leases/lease-claims';
import { LOGGER } from '../../infrastructure/logging/logger';
import { READ_STORE, type ReadStore } from '../../infrastructure/read-store/read-store.port';
import { RecordAnchorCommand } from './record-anchor.handler';

const LEASE = 'integrity_anchors';

/**
 * Records an integrity anchor every ANCHOR_INTERVAL_MINUTES. With several instances, the one that
 * holds the lease records it, so the interval is kept once, not once per instance.
 */
@Injectable()
export class AnchorScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(INSTANCE) private readonly instance: Instance,
    private readonly commands: CommandBus,
  ) {}

  onApplicationBootstrap(): void {
    const intervalMs = this.config.anchorIntervalMinutes * 60_000;
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(intervalMs), intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.readStore.releaseLease(LEASE, this.instance.owner);
  }

  async tick(intervalMs: number): Promise<void> {
    try {
      const { owner, liveness } = this.instance;
      const held = await claimLeases(
        this.readStore,
        liveness,
        [LEASE],
        owner,
        intervalMs * 2,
        new Date(),
      );
      if (!held.has(LEASE)) return;
      const anchor = await this.commands.execute(
        new RecordAnchorCommand(
          {
            actor: { kind: 'system', id: SYSTEM_ACTOR_IDS.system, role: 'admin' },
            requestId: `anchor-${Date.now()}`,
            now: new Date(),
            requestHash: '',
          },
          'periodic',
        ),
      );
      this.logger.info(
        { position: anchor.position, root: anchor.root },
        'integrity anchor recorded',
      );
    } catch (error) {
      this.logger.error({ err: error }, 'periodic integrity anchor failed');
    }
  }
}
