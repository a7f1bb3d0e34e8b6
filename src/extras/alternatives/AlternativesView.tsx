import type { MessageOverrides } from '../../config/Config';
import { describeStatus } from '../../core/describeStatus';
import { resolveAvailability } from '../../core/resolveAvailability';
import type { DateOnly } from '../../core/StockRecord';
import { safeLink } from '../../core/safeLink';
import type { Alternative } from '../../sources/Source';
import { extrasText } from '../extrasCatalog';

export interface AlternativesViewProps {
  alternatives: Alternative[];
  locale: string;
  today: DateOnly;
  overrides?: MessageOverrides;
}

let lists = 0;
const str = (v: unknown, max: number) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : null);

/**
 * Products to buy instead: image, name, price and their own badge, each a link. Names and prices
 * are text; links and images only http(s). Nothing at all when there is nothing to offer.
 */
export function AlternativesView({ alternatives, locale, today, overrides }: AlternativesViewProps) {
  if (alternatives.length === 0) return null;
  const say = extrasText(locale, overrides);
  const heading = `ss-alts-${++lists}`;
  return (
    <section class="alts" aria-labelledby={heading}>
      <h3 class="alts-heading" id={heading} part="alternatives-heading">
        {say('alternativesHeading')}
      </h3>
      {/* biome-ignore lint/a11y/noRedundantRoles: Safari drops list semantics under list-style:none */}
      <ul class="alts-list" part="alternatives-list" role="list">
        {alternatives.map((a) => {
          const name = str(a.info.name, 200);
          if (!name) return null;
          const href = safeLink(a.info.url);
          const image = safeLink(a.info.image);
          const price = str(a.info.price, 40);
          const availability = resolveAvailability(a.record, 1);
          const badge = describeStatus(availability, { eta: null, etaKind: null }, { locale, context: 'card', today, overrides });
          const body = (
            <>
              {image && (
                <img
                  class="alt-image"
                  part="alternative-image"
                  src={image}
                  alt=""
                  width={160}
                  height={160}
                  loading="lazy"
                  decoding="async"
                />
              )}
              <span class="alt-name" part="alternative-name">
                {name}
              </span>
              {price && (
                <span class="alt-price" part="alternative-price">
                  {price}
                </span>
              )}
              {badge && (
                <span class="alt-badge" part="alternative-badge" data-state={availability.state}>
                  {badge.label}
                </span>
              )}
            </>
          );
          return (
            <li class="alt" part="alternative" key={a.productId} data-product-id={a.productId}>
              {href ? (
                <a class="alt-link" part="alternative-link" href={href}>
                  {body}
                </a>
              ) : (
                <div class="alt-link">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
