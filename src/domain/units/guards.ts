export {
  MAX_YEAR,
  MIN_YEAR,
  isNonNegativeNumber,
  requireNotFuture,
  requireText,
  requireTime,
  requireYear,
} from '../shared/guards';
