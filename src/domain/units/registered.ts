import { notFound } from '../shared/errors';
import type { Unit, UnitState } from './state';

export function requireRegistered(state: UnitState): Unit {
  if (!state) throw notFound('unit_not_found', 'unit not found');
  return state;
}
