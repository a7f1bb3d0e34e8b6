/** @jsxImportSource react */
// The React (Hydrogen / Catalyst style) example of docs/developers.md, bundled by the demo server
// on request (esbuild) from `stock-status` and `stock-status/react`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { configure } from 'stock-status';
import { useStockStatus } from 'stock-status/react';

configure({ platform: 'json', endpoint: '/stock-api/v1/stock', locale: 'en-US' });

/** A headless storefront's own product form: its markup, our answer. */
function ProductAvailability({ productId, variantId, quantity }: { productId: string; variantId: string; quantity: number }) {
  const { state, text } = useStockStatus({ productId, variantId, quantity });
  return (
    <div className="availability" data-state={state}>
      <p role="status" aria-live="polite" aria-atomic="true">
        {text && (
          <>
            <strong>{text.label}</strong>
            {text.detail && <span> {text.detail}</span>}
            {text.limit && <em> {text.limit}</em>}
          </>
        )}
      </p>
    </div>
  );
}

function App() {
  const [variantId, setVariant] = useState('1001-xl');
  const [quantity, setQuantity] = useState(1);
  return (
    <form className="buy" id="react-app" onSubmit={(e) => e.preventDefault()}>
      <label>
        Size{' '}
        <select value={variantId} onChange={(e) => setVariant(e.target.value)}>
          <option value="1001-s">S</option>
          <option value="1001-m">M</option>
          <option value="1001-l">L</option>
          <option value="1001-xl">XL</option>
          <option value="1001-xxl">XXL</option>
        </select>
      </label>{' '}
      <label>
        Quantity <input type="number" min={1} value={quantity} onChange={(e) => setQuantity(Number(e.target.value) || 1)} />
      </label>
      <ProductAvailability productId="1001" variantId={variantId} quantity={quantity} />
      {/* The element works in React TSX too, typed. */}
      <stock-status product-id="1002" context="card" />
    </form>
  );
}

createRoot(document.getElementById('react-root')!).render(<App />);
