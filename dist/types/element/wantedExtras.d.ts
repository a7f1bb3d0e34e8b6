import type { Config } from '../config/Config';
import type { StatusContext } from '../core/describeStatus';
import type { ExtraPart } from './extensions';
import type { Resolution } from './StockStatusElement';
/**
 * Which extras a product-context element shows, decided in the main bundle so the containers are
 * laid out with the badge and the extras script is fetched only when something needs it.
 * Signup: out of stock with `notify` set. Alternatives: out of stock or unavailable, or a backorder
 * shipping later than `alternativesAfterDays`, when the source can name some.
 */
export declare function wantedExtras(context: StatusContext, config: Config, r: Resolution | null): ExtraPart[];
