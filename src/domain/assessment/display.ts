import type { AssessmentResult } from './result';

/**
 * Rounds half away from zero to `digits` decimals, on the decimal representation (so 1.005 → 1.01
 * and not 1.00 as binary floating point would give). Never returns −0.
 */
export function roundTo(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const text = String(magnitude);
  const rounded = text.includes('e')
    ? Math.round(magnitude * 10 ** digits) / 10 ** digits
    : Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** Points shown with 2 decimals. */
export const roundPoints = (points: number): number => roundTo(points, 2);

/** A rectification rate or coverage shown as a percentage with one decimal (96.24… → 96.2). */
export const roundPercentage = (rate: number): number => roundTo(rate, 1);

/** Control indicator rates are small (0.02 deaths per 100 million yuan): 4 decimals. */
export const roundIndicatorRate = (rate: number): number => roundTo(rate, 4);

/**
 * The result as a response shows it: points to 2 decimals, the rectification rate to 1 decimal,
 * indicator actuals to 4 decimals. Grade, veto and yellow card stay as computed on exact points.
 */
export function roundForDisplay(result: AssessmentResult): AssessmentResult {
  return {
    ...result,
    score: roundPoints(result.score),
    sections: {
      tasks: roundPoints(result.sections.tasks),
      outcomes: roundPoints(result.sections.outcomes),
      bonus: roundPoints(result.sections.bonus),
    },
    items: result.items.map((item) => ({ ...item, points: roundPoints(item.points) })),
    rectificationRate: {
      ...result.rectificationRate,
      rate: roundPercentage(result.rectificationRate.rate),
    },
    controlIndicators: result.controlIndicators.map((indicator) => ({
      ...indicator,
      actual: indicator.actual === null ? null : roundIndicatorRate(indicator.actual),
    })),
  };
}
