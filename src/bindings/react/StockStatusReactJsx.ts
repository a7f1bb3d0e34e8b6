import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { StockStatusAttributes } from '../../element/StockStatusAttributes';
import type { StockStatusElement } from '../../element/StockStatusElement';

/** `<stock-status>` in React TSX (React 19's `React.JSX`, and the `react/jsx-runtime` namespace that extends it). */
export type StockStatusReactProps = DetailedHTMLProps<HTMLAttributes<StockStatusElement>, StockStatusElement> & StockStatusAttributes;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'stock-status': StockStatusReactProps;
    }
  }
}
