import type { Config } from '../config/Config';
import { daysBetween } from '../core/dates';
import type { StatusContext } from '../core/describeStatus';
import type { ExtraPart } from './extensions';
import type { Resolution } from './StockStatusElement';

/**
 * Which extras a product-context element shows, decided in the main bundle so the containers are
 * laid out with the badge and the extras script is fetched only when something needs it.
 * Signup: out of stock with `notify` set. Alternatives: out of stock or unavailable, or a backorder
 * shipping later than `alternativesAfterDays`, when the source can name some.
 */
export function wantedExtras(context: StatusContext, config: Config, r: Resolution | null): ExtraPart[] {
  if (context !== 'product' || !r) return [];
  const state = r.availability.state;
  const out: ExtraPart[] = [];
  if (state === 'out-of-stock' && config.notify) out.push('signup');
  const gone = state === 'out-of-stock' || state === 'unavailable';
  const late =
    state === 'backorder' &&
    config.alternativesAfterDays !== undefined &&
    r.eta.eta !== null &&
    daysBetween(r.runtime.today(), r.eta.eta) > config.alternativesAfterDays;
  // A merchant list always; else the source's own, unless it already knows it has none.
  const canName =
    !!config.alternativesList?.length || (typeof r.runtime.source.alternatives === 'function' && r.stock?.hasAlternatives !== false);
  if (config.alternatives > 0 && canName && (gone || late)) out.push('alternatives');
  return out;
}
