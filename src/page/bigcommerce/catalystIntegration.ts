import type { Runtime } from '../../Runtime';
import { mountAsItComes } from '../mountAsItComes';
import type { PageIntegration } from '../PageIntegration';
import { mountCatalystCards } from './catalystCards';
import { catalystProductForms, mountCatalystProduct, resyncCatalystProducts } from './catalystProductForm';

const listening = new WeakSet<Window>();

/** Catalyst's router moves the URL with history.pushState/replaceState: no event, except where the Navigation API exists. */
function followNavigation(doc: Document) {
  const win = doc.defaultView;
  if (!win || listening.has(win)) return;
  listening.add(win);
  const resync = () => resyncCatalystProducts(doc);
  win.addEventListener('popstate', resync);
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', resync);
}

function mountAll(doc: Document, runtime: Runtime) {
  for (const form of catalystProductForms(doc)) mountCatalystProduct(form, runtime);
  mountCatalystCards(doc, runtime.config);
}

/**
 * Catalyst, BigCommerce's Next.js storefront, with the script added through Script Manager or the
 * Scripts API (rendered in head or body; Catalyst renders no footer scripts): the product page and
 * the product cards. React re-renders and the server answers each option change with new markup,
 * so whatever is new is mounted as it comes.
 */
export const catalystIntegration: PageIntegration = {
  mount(doc, runtime) {
    followNavigation(doc);
    mountAsItComes(doc, () => mountAll(doc, runtime), 50);
  },
};
