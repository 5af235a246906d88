import type { Api } from './api';

/**
 * What finalisation lists as still provisional: a unit whose result rests on a pending incident,
 * with only those lines.
 */
export interface ProvisionalResult {
  unitId: string;
  items: { rule: string; provisional: boolean }[];
  vetoReasons: { rule: string }[];
  promotionBars: { personId: string }[];
}

/** Finalises 2025 on 2026-01-15 09:00 CST; answers the results it lists as provisional. */
export const finalize2025 = async (api: Api): Promise<ProvisionalResult[]> =>
  (
    await api.write(
      '/assessments/2025/finalization',
      { finalizedAt: '2026-01-15T09:00:00+08:00' },
      200,
    )
  ).body.provisional;
