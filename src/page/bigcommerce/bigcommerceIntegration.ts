import type { PageIntegration } from '../PageIntegration';
import { catalystIntegration } from './catalystIntegration';
import { cornerstoneIntegration } from './cornerstoneIntegration';

/**
 * Whether the page is a Next.js app (Catalyst): Next's client sets `window.next` and streams
 * through `self.__next_f`, and puts a `<next-route-announcer>` in the body. Stencil themes
 * (Cornerstone and its descendants) have none of these.
 */
export function isCatalyst(doc: Document): boolean {
  const win = doc.defaultView as (Window & { next?: unknown; __next_f?: unknown }) | null;
  return !!doc.querySelector('next-route-announcer') || (win != null && (win.next !== undefined || win.__next_f !== undefined));
}

/** `data-platform="bigcommerce"` with `data-mount="auto"`: Catalyst or a Stencil theme, told apart at run time. */
export const bigcommerceIntegration: PageIntegration = {
  mount(doc, runtime) {
    (isCatalyst(doc) ? catalystIntegration : cornerstoneIntegration).mount(doc, runtime);
  },
};
