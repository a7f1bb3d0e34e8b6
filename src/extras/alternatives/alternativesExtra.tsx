import { render } from 'preact';
import type { Resolution } from '../../lookup/Resolution';
import type { Extra } from '../Extra';
import { adoptExtrasStyles } from '../extrasStyles';
import { AlternativesView } from './AlternativesView';
import { loadAlternatives } from './loadAlternatives';

/**
 * The alternatives list in the `alternatives` container. It asks only once the badge is shown
 * (this runs from the extras script), and a newer resolution for another product wins.
 */
export const alternativesExtra: Extra = {
  name: 'alternatives',
  part: 'alternatives',
  mount(container, first) {
    adoptExtrasStyles(container, first.runtime.config.nonce);
    let current = '';
    let alive = true;
    const show = (r: Resolution) => {
      const productId = r.productId || r.stock?.productId || '';
      const { runtime } = r;
      if (productId === current) return;
      current = productId;
      void loadAlternatives(runtime, productId, runtime.config.alternatives).then((list) => {
        if (!alive || current !== productId) return;
        container.setAttribute('data-count', String(list.length));
        render(
          <AlternativesView alternatives={list} locale={runtime.locale} today={runtime.today()} overrides={runtime.config.messages} />,
          container,
        );
      });
    };
    show(first);
    return {
      update: show,
      destroy: () => {
        alive = false;
        render(null, container);
      },
    };
  },
};
