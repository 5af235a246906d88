/** `value` to the nearest multiple of `step`. */
export const round = (value: number, step: number): number => Math.round(value / step) * step;
