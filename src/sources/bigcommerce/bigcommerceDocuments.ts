/**
 * Every GraphQL document the BigCommerce adapter can send. The tests validate each one against the
 * Storefront schema (current and 2024-06), so change nothing here without running them.
 * `alpha`: with the backorder fields BigCommerce marks "Alpha" (and `isStockTracked`), which older
 * stores reject with "Cannot query field …"; without them for those stores.
 * Kept terse on purpose: these strings ship in the bundle as they are.
 */
const aggregated = (alpha: boolean) =>
  `aggregated{availableToSell warningLevel${alpha ? ' availableOnHand availableForBackorder unlimitedBackorder' : ''}}`;

const metafield = 'metafields(namespace:$ns,keys:$keys,first:1){edges{node{key value}}}';

/** What one product needs for its own record and for an alternative's card. */
const productFields = (alpha: boolean) =>
  `entityId name path defaultImage{url(width:320)} prices{price{value currencyCode}} availabilityV2{status ...on ProductPreOrder{message willBeReleasedAt{utc}} ...on ProductUnavailable{message}} inventory{isInStock hasVariantInventory${alpha ? ' isStockTracked' : ''} ${aggregated(alpha)}} ${metafield}`;

/** One variant with the option values that pick it (the theme integrations map the shopper's options to a variant with these). */
const variantNode = (alpha: boolean) =>
  `edges{node{entityId sku isPurchasable inventory{isInStock ${aggregated(alpha)}} ${metafield} options{edges{node{entityId values{edges{node{entityId}}}}}}}}`;

/** The first 50 variants; `hasNextPage` says the product has more (BigCommerce allows 600), read one by one with `variantDocument`. */
const variantFields = (alpha: boolean) => `variants(first:50){pageInfo{hasNextPage} ${variantNode(alpha)}}`;

/** The store's own rules and words. */
const settings = (alpha: boolean) =>
  `settings{inventory{stockLevelDisplay defaultOutOfStockMessage${alpha ? ' showBackorderAvailabilityPrompt backorderAvailabilityPrompt showDefaultShippingExpectationPrompt defaultShippingExpectationPrompt' : ''}}}`;

const vars = '$ns:String!,$keys:[String!]';

/** Up to 50 products by id, with their variants: one request answers a whole page. */
export const productsDocument = (alpha: boolean): string =>
  `query StockStatusProducts($ids:[Int!],${vars}){site{products(entityIds:$ids,first:50){edges{node{${productFields(alpha)} ${variantFields(alpha)}}}} ${settings(alpha)}}}`;

/**
 * One variant of a product, by its entity id (`$variants`) or by the option values that pick it
 * (`$values`): for the variant a shopper picked beyond the first 50.
 */
export const variantDocument = (alpha: boolean): string =>
  `query StockStatusVariant($id:Int!,$variants:[Int!],$values:[OptionValueId!],${vars}){site{product(entityId:$id){${productFields(alpha)} variants(first:1,entityIds:$variants,optionValueIds:$values){pageInfo{hasNextPage} ${variantNode(alpha)}}} ${settings(alpha)}}}`;

/** A product's related products, for alternatives. */
export const relatedDocument = (alpha: boolean): string =>
  `query StockStatusRelated($id:Int!,$first:Int!,${vars}){site{product(entityId:$id){relatedProducts(first:$first){edges{node{${productFields(alpha)}}}}} ${settings(alpha)}}}`;

/** The shopper's cart lines (the cart page has no product or variant ids in its markup). */
export const CART_DOCUMENT =
  'query StockStatusCart{site{cart{lineItems{physicalItems{entityId productEntityId variantEntityId quantity}}}}}';
