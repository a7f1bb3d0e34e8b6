import { daysBetween } from '../core/dates';
import type { ExtraPart } from '../extras/Extra';
import type { Resolution } from '../lookup/Resolution';

/**
 * Which extras a product-context element shows, decided in the main bundle so the containers are
 * laid out with the badge and the extras script is fetched only when something needs it.
 * Signup: out of stock with `notify` set. Alternatives: out of stock or unavailable, or a backorder
 * shipping later than `alternativesAfterDays`, when the source can name some.
 */
export function wantedExtras(r: Resolution | null): ExtraPart[] {
  if (!r?.text || r.context !== 'product') return [];
  const { config, source } = r.runtime;
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
  const canName = !!config.alternativesList?.length || (typeof source.alternatives === 'function' && r.stock?.hasAlternatives !== false);
  if (config.alternatives > 0 && canName && (gone || late)) out.push('alternatives');
  return out;
}
