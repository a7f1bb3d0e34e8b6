// A stand-in for what Catalyst's server and client do to a product page (bigcommerce/catalyst,
// core/app/[locale]/(default)/product/[slug]/page.tsx and core/vibes/soul/sections/product-detail/
// product-detail-form.tsx): an option pick updates the Radix radio state at once, nuqs writes it to
// the URL (`?{optionEntityId}={valueEntityId}`, history.replaceState), and the server answers with
// the product section re-rendered for the new variant (its stock block, the JSON-LD ProductSchema
// with bare availability values), which replaces the old markup. The quantity's backorder line is
// computed on the client, as the form's useMemo does. Products come from #stand-in-product.
(() => {
  const data = JSON.parse(document.getElementById('stand-in-product').textContent);
  const section = document.getElementById('product-detail');
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const picked = () => {
    const params = new URLSearchParams(location.search);
    return data.options.map((o) => {
      const v = params.get(String(o.id));
      return o.values.some((x) => String(x.id) === v) ? Number(v) : o.values[0].id;
    });
  };
  const variantOf = (values) => data.variants.find((v) => v.values.every((id, i) => id === values[i])) ?? { onHand: 0, forBackorder: 0 };
  let quantity = 1;

  const backorderLine = (v) => {
    if (quantity <= v.onHand) return '';
    const later = Math.min(quantity - v.onHand, v.forBackorder);
    return later > 0 ? `${later} will be on backorder` : '';
  };
  // The server component: the whole product section for the options in the URL.
  const render = () => {
    const values = picked();
    const v = variantOf(values);
    const inStock = v.onHand > 0 || v.forBackorder > 0;
    const fields = data.options
      .map(
        (o, i) => `<div class="button-radio-group space-y-2"><label class="text-sm font-semibold" id="label-${o.id}">${esc(o.name)}</label>
          <div role="radiogroup" aria-labelledby="label-${o.id}" class="flex flex-wrap gap-2" tabindex="0">${o.values
            .map((x) => {
              const on = x.id === values[i];
              return `<button type="button" role="radio" aria-checked="${on}" data-state="${on ? 'checked' : 'unchecked'}" value="${x.id}" aria-label="${esc(x.label)}" id="${x.id}" class="h-12 whitespace-nowrap rounded-full border px-4" tabindex="-1" data-option="${o.id}">${esc(x.label)}</button><input type="radio" aria-hidden="true" tabindex="-1" name="${o.id}" value="${x.id}"${on ? ' checked' : ''} style="transform:translateX(-100%);position:absolute;pointer-events:none;opacity:0;margin:0">`;
            })
            .join('')}</div></div>`,
      )
      .join('');
    const stock = inStock
      ? `<div class="flex flex-wrap justify-start gap-x-2.5 gap-y-2 text-sm"><div class="flex-none whitespace-nowrap font-semibold text-black">${v.onHand} in stock</div>${v.forBackorder > 0 ? '<div class="flex-none whitespace-nowrap border-s border-gray-300 pl-2.5">Available on backorder</div>' : ''}</div>
         <div class="mt-1 flex flex-wrap justify-start gap-x-2.5 gap-y-2 text-sm" data-backorder-line><div class="flex-none whitespace-nowrap font-semibold text-black">${backorderLine(v)}</div></div>`
      : '<div class="flex flex-wrap justify-start gap-x-2.5 gap-y-2 text-sm"><div class="flex-none whitespace-nowrap font-semibold text-black">Out of stock</div></div>';
    section.innerHTML = `<div class="group/product-detail mx-auto w-full max-w-screen-2xl px-4 py-10"><div class="grid grid-cols-1 items-stretch gap-x-8 gap-y-8">
      <div class="text-[var(--product-detail-primary-text,hsl(var(--foreground)))]">
        <h1 class="mb-3 mt-2 text-2xl font-medium leading-none">${esc(data.name)}</h1>
        <div class="group/product-price"><span class="price">$${data.price}</span></div>
        <div class="group/product-detail-form">
          <form id="product-detail-form" noValidate>
            <input name="id" type="hidden" value="${data.id}">
            <div class="space-y-6 pb-8">
              ${fields}
              <div class="h-[3.2rem] sm:h-[2.6rem]">${stock}</div>
              <div class="flex gap-x-3">
                <div class="number-input flex items-center rounded-lg border"><button type="button" aria-label="Decrease quantity" data-step="-1">−</button><input aria-label="Quantity" name="quantity" type="number" min="1" required value="${quantity}" class="w-8 text-center"><button type="button" aria-label="Increase quantity" data-step="1">+</button></div>
                <button type="submit" class="w-auto @xl:w-56"${inStock ? '' : ' disabled'}>${inStock ? 'Add to cart' : 'Out of stock'}</button>
              </div>
            </div>
          </form>
        </div>
      </div></div></div>`;
    // ProductSchema, streamed at the end of the page: availability as bare values.
    document.getElementById('product-schema').textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: data.name,
      url: `/product/${data.id}`,
      sku: v.sku ?? `SKU-${data.id}`,
      offers: {
        '@type': 'Offer',
        itemCondition: 'https://schema.org/NewCondition',
        availability: inStock ? 'InStock' : 'OutOfStock',
        url: `/product/${data.id}`,
      },
    });
  };

  section.addEventListener('click', (e) => {
    const option = e.target.closest('button[role="radio"]');
    const step = e.target.closest('button[data-step]');
    if (option) {
      // Radix: the checked state at once (the hidden bubble input too), then nuqs and the server.
      for (const b of option.parentElement.querySelectorAll('button[role="radio"]')) {
        const on = b === option;
        b.setAttribute('aria-checked', String(on));
        b.dataset.state = on ? 'checked' : 'unchecked';
        b.nextElementSibling.checked = on;
      }
      const url = new URL(location.href);
      url.searchParams.set(option.dataset.option, option.value);
      setTimeout(() => history.replaceState(history.state, '', url), 10);
      setTimeout(render, 60);
    } else if (step) {
      const input = section.querySelector('input[name="quantity"]');
      quantity = Math.max(1, quantity + Number(step.dataset.step));
      // React's controlled input: the value set by script (and its attribute synced), no event.
      input.value = String(quantity);
      input.setAttribute('value', String(quantity));
      const line = section.querySelector('[data-backorder-line] > div');
      if (line) line.textContent = backorderLine(variantOf(picked()));
    }
  });
  addEventListener('popstate', () => setTimeout(render, 30));
  render();
})();
