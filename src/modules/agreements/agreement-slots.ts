import { Injectable } from '@nestjs/common';
import {
  type Agreement,
  agreementDecider,
  agreementSlotDecider,
  agreementSlotStreamId,
  type AgreementSlotState,
  type AgreementState,
  agreementStreamId,
} from '../../domain/agreements';
import { AggregateExecutor } from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';
import { executeOnOpenStream } from './open-stream';

/**
 * One active agreement per (year, responsible unit): the slot stream
 * `agreementslot-<year>-<unitId>` names the agreement that holds it. Claiming appends with
 * the loaded revision, so of concurrent signings only one can claim it.
 */
@Injectable()
export class AgreementSlots {
  constructor(private readonly aggregates: AggregateExecutor) {}

  async holder(year: number, responsibleUnitId: string): Promise<string | null> {
    const { state } = await this.aggregates.load<AgreementSlotState>(
      agreementSlotDecider,
      agreementSlotStreamId(year, responsibleUnitId),
    );
    return state.holder;
  }

  /** The unit's active agreement for the year, or null. */
  async activeAgreement(year: number, responsibleUnitId: string): Promise<Agreement | null> {
    const holder = await this.holder(year, responsibleUnitId);
    if (holder === null) return null;
    const { state } = await this.aggregates.load<AgreementState>(
      agreementDecider,
      agreementStreamId(holder),
    );
    return state?.status === 'active' ? state : null;
  }

  /**
   * Claims the slot for `agreementId` (409 `active_agreement_exists` when another agreement
   * holds it). Answers whether this call recorded the claim (false when it already held it).
   */
  async claim(
    year: number,
    responsibleUnitId: string,
    agreementId: string,
    context: CommandContext,
  ): Promise<boolean> {
    await this.releaseIfHolderTerminated(year, responsibleUnitId, agreementId, context);
    const result = await executeOnOpenStream(this.aggregates, {
      decider: agreementSlotDecider,
      streamId: agreementSlotStreamId(year, responsibleUnitId),
      context,
      label: `agreement slot ${year}/${responsibleUnitId}`,
      command: () => ({
        type: 'ClaimAgreementSlot' as const,
        agreementId,
        now: context.now.toISOString(),
      }),
    });
    return result.events.length > 0;
  }

  /** Releases the slot if `agreementId` holds it; otherwise records nothing. */
  async release(
    year: number,
    responsibleUnitId: string,
    agreementId: string,
    context: CommandContext,
  ): Promise<void> {
    const streamId = agreementSlotStreamId(year, responsibleUnitId);
    const slot = await this.aggregates.load<AgreementSlotState>(agreementSlotDecider, streamId);
    if (slot.state.holder !== agreementId) return;
    await this.aggregates.execute({
      decider: agreementSlotDecider,
      streamId,
      context,
      mode: 'update',
      label: `agreement slot ${year}/${responsibleUnitId}`,
      command: () => ({
        type: 'ReleaseAgreementSlot' as const,
        agreementId,
        now: context.now.toISOString(),
      }),
    });
  }

  /** Heals a slot left held by a terminated agreement (a termination whose release failed). */
  private async releaseIfHolderTerminated(
    year: number,
    responsibleUnitId: string,
    agreementId: string,
    context: CommandContext,
  ): Promise<void> {
    const holder = await this.holder(year, responsibleUnitId);
    if (holder === null || holder === agreementId) return;
    const { state } = await this.aggregates.load<AgreementState>(
      agreementDecider,
      agreementStreamId(holder),
    );
    if (state?.status === 'terminated') {
      await this.release(year, responsibleUnitId, holder, context);
    }
  }
}
