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
export {};
