import * as z from 'zod/mini';
import type { SourceContext } from '../Source';
import { SourceError } from '../Source';
import { CART_DOCUMENT } from './bigcommerceDocuments';
import { cartSchema } from './bigcommerceSchema';
import { endpointOf, postGraphql } from './queryStorefront';

export interface CartLine {
  /** The line item id Cornerstone writes into `data-cart-itemid`. */
  lineId: string;
  productId: string;
  variantId: string | null;
  quantity: number;
}

/** The shopper's physical cart lines (digital items and gift certificates have no stock). */
export async function loadCartLines(context: SourceContext): Promise<CartLine[]> {
  const data = await postGraphql(CART_DOCUMENT, {}, context);
  const parsed = z.safeParse(cartSchema, data);
  if (!parsed.success) throw new SourceError(`${endpointOf(context)} answered the cart in an unexpected shape`);
  return (parsed.data.site.cart?.lineItems.physicalItems ?? []).map((item) => ({
    lineId: item.entityId,
    productId: String(item.productEntityId),
    variantId: item.variantEntityId == null ? null : String(item.variantEntityId),
    quantity: item.quantity,
  }));
}
