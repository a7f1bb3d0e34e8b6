/**
 * The one cache of `Intl` objects. They cost far more to build than to use, and a listing asks for
 * the same few many times; bounded, since a page could ask for any number of locales or zones.
 */
type Ctor = typeof Intl.DateTimeFormat | typeof Intl.RelativeTimeFormat | typeof Intl.NumberFormat | typeof Intl.PluralRules;
type Made<C extends Ctor> = InstanceType<C>;
/** `new Ctor(locale, options)`, made once per locale and options and kept (the oldest goes first). */
export declare function intl<C extends Ctor>(Ctor: C, locale: string | undefined, options?: ConstructorParameters<C>[1]): Made<C>;
/** How many objects are kept (for the cache's own test). */
export declare const intlCacheSize: () => number;
/** The User Timing name of that task, so a profile (and our long-task test) can tell it apart. */
export declare const WARM_INTL_MEASURE = "stock-status: first Intl object";
/**
 * Makes the first Intl object of the page, in a task of its own. The first one costs the browser
 * far more than any after it (its locale data: 15–25 ms on a desktop, 55–100 ms at 4× CPU
 * slowdown, one native call that cannot be split), so it is paid while the look-up is on the
 * wire instead of inside the task that shows the answer.
 */
export declare function warmIntl(locale: string): void;
export {};
