import type { Eta } from "./computeEta.js";
import { type Catalog, en } from "./locales/catalog.js";
import type { Availability } from "./resolveAvailability.js";
import type { DateOnly, StockRecord } from "./StockRecord.js";
export type StatusContext = 'product' | 'card' | 'cart';
export interface DescribeOptions {
    locale: string;
    context: StatusContext;
    today: DateOnly;
    /** Merchant overrides: locale tag (or language) → key → template. */
    overrides?: Record<string, Record<string, string>>;
    /** The store's own words from the platform, preferred over ours for the label. */
    storeText?: StockRecord['storeText'];
}
export interface StatusText {
    /** The badge: "In stock", "Only 3 left", "Backorder". */
    label: string;
    /** The date or split: "Ships by Dec 15", "2 ship now, 3 ship by Dec 12". */
    detail: string | null;
    /** The quantity limit: "Only 5 can be ordered". */
    limit: string | null;
    /** All of it in one sentence, for the live region. */
    spoken: string;
    /** The language all of it is in (see speakingLocale): a view marks its text with it. */
    lang: string;
}
/** `de-AT` → the `de` catalogue; anything unknown → English. */
export declare function resolveCatalog(locale: string, overrides?: DescribeOptions['overrides']): Catalog & typeof en;
/** Fills `{name}` placeholders; nothing else in a template has meaning (it is shown as text). */
export declare function fill(template: string, values: Record<string, string | number>): string;
/** Availability + date → the shopper's words, in their locale. Pure: no DOM, no clock. */
export declare function describeStatus(a: Availability, eta: Eta, options: DescribeOptions): StatusText | null;
