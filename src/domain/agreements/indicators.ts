import { ruleViolation } from '../shared/errors';
import { isNonNegativeNumber } from '../units/guards';
import { memberOf } from '../shared/codes';

/** Caps on counts of the year's incidents. */
export const COUNT_INDICATORS = ['maxAccidents', 'maxDeaths', 'maxLargerAccidents'] as const;

/** Caps on the rates of DOMAIN.md "Control indicator rates". */
export const RATE_INDICATORS = [
  'maxDeathsPer100mGdp',
  'maxIndustrialDeathsPer100k',
  'maxRoadDeathsPer10kVehicles',
  'maxCoalDeathsPerMt',
] as const;

export const CONTROL_INDICATORS = [...COUNT_INDICATORS, ...RATE_INDICATORS] as const;

export type ControlIndicator = (typeof CONTROL_INDICATORS)[number];

export type ControlIndicators = { readonly [K in ControlIndicator]?: number };

export const CONTROL_INDICATOR_LABELS: Readonly<Record<ControlIndicator, string>> = {
  maxAccidents: '事故起数',
  maxDeaths: '死亡人数',
  maxLargerAccidents: '较大及以上事故起数',
  maxDeathsPer100mGdp: '亿元GDP生产安全事故死亡率',
  maxIndustrialDeathsPer100k: '工矿商贸就业人员十万人生产安全事故死亡率',
  maxRoadDeathsPer10kVehicles: '道路交通万车死亡率',
  maxCoalDeathsPerMt: '煤矿百万吨死亡率',
};

const isControlIndicator = memberOf(CONTROL_INDICATORS);

const isCount = (key: ControlIndicator): boolean =>
  (COUNT_INDICATORS as readonly string[]).includes(key);

export function requireControlIndicators(
  input: Readonly<Record<string, number | undefined>> | undefined,
): ControlIndicators {
  const indicators: { [K in ControlIndicator]?: number } = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    const field = `controlIndicators.${key}`;
    if (!isControlIndicator(key)) {
      throw ruleViolation('unknown_control_indicator', `${key} is not a control indicator`, field);
    }
    if (value === undefined) continue;
    if (!isNonNegativeNumber(value) || (isCount(key) && !Number.isInteger(value))) {
      const what = isCount(key) ? 'a non-negative integer' : 'a non-negative number';
      throw ruleViolation('invalid_control_indicator', `${key} must be ${what}`, field);
    }
    indicators[key] = value;
  }
  return indicators;
}
