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
import {
  AggregateExecutor,
  type ExecuteResult,
  type LoadedAggregate,
} from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';

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
   * Claims the slot for `agreementId` (409 `active_agreement_exists` when another active
   * agreement holds it), reading the slot once; a slot left held by a terminated agreement (a
   * termination whose release failed) is released in the same append. The result's events are
   * empty when the agreement already held the slot.
   */
  claim(
    year: number,
    responsibleUnitId: string,
    agreementId: string,
    context: CommandContext,
  ): Promise<ExecuteResult<AgreementSlotState>> {
    const now = context.now.toISOString();
    return this.aggregates.execute({
      decider: agreementSlotDecider,
      streamId: agreementSlotStreamId(year, responsibleUnitId),
      context,
      mode: 'upsert',
      label: `agreement slot ${year}/${responsibleUnitId}`,
      command: async ({ state: { holder } }) => {
        const claim = { type: 'ClaimAgreementSlot' as const, agreementId, now };
        if (holder === null || holder === agreementId || !(await this.terminated(holder))) {
          return claim;
        }
        return [{ type: 'ReleaseAgreementSlot' as const, agreementId: holder, now }, claim];
      },
    });
  }

  /** Releases the slot if `agreementId` holds it; otherwise records nothing. */
  async release(
    year: number,
    responsibleUnitId: string,
    agreementId: string,
    context: CommandContext,
    loaded?: LoadedAggregate<AgreementSlotState>,
  ): Promise<void> {
    await this.aggregates.execute({
      decider: agreementSlotDecider,
      streamId: agreementSlotStreamId(year, responsibleUnitId),
      context,
      mode: 'upsert',
      label: `agreement slot ${year}/${responsibleUnitId}`,
      loaded,
      command: () => ({
        type: 'ReleaseAgreementSlot' as const,
        agreementId,
        now: context.now.toISOString(),
      }),
    });
  }

  private async terminated(agreementId: string): Promise<boolean> {
    const { state } = await this.aggregates.load<AgreementState>(
      agreementDecider,
      agreementStreamId(agreementId),
    );
    return state?.status === 'terminated';
  }
}
