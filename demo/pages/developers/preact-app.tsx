// The Preact example of docs/developers.md, bundled by the demo server on request (esbuild) from
// the package's own entries: `stock-status` and `stock-status/preact` as an app would import them.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { configure } from 'stock-status';
import { StockStatus, useStockStatus } from 'stock-status/preact';

configure({ platform: 'json', endpoint: '/stock-api/v1/stock', locale: 'en-US' });

const SIZES = [
  ['1001-s', 'S'],
  ['1001-m', 'M'],
  ['1001-l', 'L'],
  ['1001-xl', 'XL'],
  ['1001-xxl', 'XXL'],
];

function BuyBox() {
  const [variantId, setVariant] = useState('1001-m');
  const [quantity, setQuantity] = useState(1);
  // One hook call: no store, no pipeline. The button follows what can be bought.
  const { state } = useStockStatus({ productId: '1001', variantId, quantity });
  const buyable = state !== 'out-of-stock' && state !== 'unavailable';
  return (
    <form class="buy" id="preact-app" onSubmit={(e) => e.preventDefault()}>
      <label>
        Size{' '}
        <select value={variantId} onChange={(e) => setVariant(e.currentTarget.value)}>
          {SIZES.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Quantity <input type="number" min={1} value={quantity} onInput={(e) => setQuantity(Number(e.currentTarget.value) || 1)} />
      </label>
      <StockStatus productId="1001" variantId={variantId} quantity={quantity} />
      <button type="submit" disabled={!buyable} data-state={state}>
        {state === 'backorder' ? 'Backorder' : state === 'preorder' ? 'Pre-order' : buyable ? 'Add to cart' : 'Sold out'}
      </button>
    </form>
  );
}

render(<BuyBox />, document.getElementById('preact-root')!);
