import type { MessageOverrides } from "../../config/Config.js";
import type { DateOnly } from "../../core/StockRecord.js";
import type { Alternative } from "../../sources/Source.js";
export interface AlternativesViewProps {
    alternatives: Alternative[];
    locale: string;
    today: DateOnly;
    overrides?: MessageOverrides;
}
/**
 * Products to buy instead: image, name, price and their own badge, each a link. Names and prices
 * are text; links and images only http(s). Nothing at all when there is nothing to offer.
 */
export declare function AlternativesView({ alternatives, locale, today, overrides }: AlternativesViewProps): import("preact").JSX.Element | null;
