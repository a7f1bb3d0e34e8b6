/**
 * The one cache of `Intl` objects. They cost far more to build than to use, and a listing asks for
 * the same few many times; bounded, since a page could ask for any number of locales or zones.
 */
type Ctor = typeof Intl.DateTimeFormat | typeof Intl.RelativeTimeFormat | typeof Intl.NumberFormat | typeof Intl.PluralRules;
type Made<C extends Ctor> = InstanceType<C>;

const MAX = 64;
const cache = new Map<string, unknown>();

/** `new Ctor(locale, options)`, made once per locale and options and kept (the oldest goes first). */
export function intl<C extends Ctor>(Ctor: C, locale: string | undefined, options?: ConstructorParameters<C>[1]): Made<C> {
  // Native constructors keep their names through minification.
  const key = `${Ctor.name}|${locale ?? ''}|${options ? JSON.stringify(options) : ''}`;
  let made = cache.get(key) as Made<C> | undefined;
  if (made) {
    // Most recently used goes last, so the eviction below drops the least recently used.
    cache.delete(key);
  } else {
    made = new (Ctor as unknown as new (l?: string, o?: unknown) => Made<C>)(locale, options);
    if (cache.size >= MAX) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, made);
  return made;
}

/** How many objects are kept (for the cache's own test). */
export const intlCacheSize = () => cache.size;
