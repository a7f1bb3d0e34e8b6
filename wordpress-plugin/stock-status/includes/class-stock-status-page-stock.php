<?php
/**
 * The product page's stock, written into the page so the first state needs no request.
 *
 * @package StockStatus
 */

defined( 'ABSPATH' ) || exit;

/**
 * `<script type="application/json" data-stock-status-woocommerce>`: the product and its visible
 * variations as the Store API would answer for them (src/StoreApi/Schemas/V1/ProductSchema.php and
 * Utilities/QuantityLimits.php), worked out here from WooCommerce's stock facts (stock status,
 * managed stock, quantity, backorders, low-stock amount), plus the merchant's restock date.
 * Read by src/sources/woocommerce/pageStock.ts with the same rule as Store API answers.
 */
final class Stock_Status_Page_Stock {

	/** Product or variation meta with a restock date, `YYYY-MM-DD`; a variation's own wins over its product's. */
	const RESTOCK_META = '_stock_status_restock_date';

	/** More variations than this are left to the Store API, so the page stays small. */
	const MAX_VARIATIONS = 300;

	/** The Store API's quantity ceiling when stock sets none (QuantityLimits). */
	const NO_LIMIT = 9999;

	/**
	 * Prints the block for the page's product (wp_footer). Nothing on other pages.
	 */
	public static function print_for_page() {
		if ( ! function_exists( 'is_product' ) || ! is_product() || ! function_exists( 'wc_get_product' ) ) {
			return;
		}
		$product = wc_get_product( get_queried_object_id() );
		$data    = $product ? self::of_product( $product ) : null;
		if ( null === $data ) {
			return;
		}
		// The HEX flags turn < > & ' " into \u escapes: no value can close the script element.
		$json = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
		if ( false === $json ) {
			return;
		}
		echo '<script type="application/json" data-stock-status-woocommerce>' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON encoded with the HEX flags above.
	}

	/**
	 * A product, then its visible variations; null when there are too many variations.
	 *
	 * @param WC_Product $product The page's product.
	 * @return array<int, array<string, mixed>>|null
	 */
	public static function of_product( $product ) {
		$entry               = self::entry( $product, null );
		$entry['categories'] = array_map(
			static function ( $id ) {
				return array( 'id' => (int) $id );
			},
			array_values( (array) $product->get_category_ids() )
		);
		$list = array( $entry );
		if ( $product->is_type( 'variable' ) ) {
			// Visible children only, as the Store API lists them (hidden when out of stock and the store hides those).
			$ids = array_values( (array) $product->get_visible_children() );
			if ( count( $ids ) > self::MAX_VARIATIONS ) {
				return null;
			}
			$list[0]['variations'] = array();
			foreach ( $ids as $id ) {
				$variation = wc_get_product( $id );
				if ( $variation ) {
					$list[0]['variations'][] = array( 'id' => (int) $variation->get_id() );
					$list[]                  = self::entry( $variation, $product );
				}
			}
		}
		return apply_filters( 'stock_status_page_stock', $list, $product );
	}

	/**
	 * One product or variation in the Store API's shape (the stock fields only).
	 *
	 * @param WC_Product      $item   Product or variation.
	 * @param WC_Product|null $parent The variable product of a variation.
	 * @return array<string, mixed>
	 */
	private static function entry( $item, $parent ) {
		$quantity = $item->managing_stock() ? $item->get_stock_quantity() : null;
		$restock  = self::restock_date( $item );
		if ( null === $restock && $parent ) {
			$restock = self::restock_date( $parent );
		}
		return array(
			'id'                  => (int) $item->get_id(),
			'parent'              => $parent ? (int) $parent->get_id() : 0,
			'type'                => (string) $item->get_type(),
			'is_purchasable'      => (bool) $item->is_purchasable(),
			'is_in_stock'         => (bool) $item->is_in_stock(),
			'is_on_backorder'     => 'onbackorder' === $item->get_stock_status(),
			'low_stock_remaining' => self::low_stock_remaining( $item, $quantity ),
			'sold_individually'   => (bool) $item->is_sold_individually(),
			'add_to_cart'         => array( 'maximum' => self::maximum( $item, $quantity ) ),
			'restock_date'        => $restock,
		);
	}

	/**
	 * ProductSchema::get_low_stock_remaining: the count when at or under the low-stock amount,
	 * unless the store never shows amounts.
	 *
	 * @param WC_Product     $item     Product or variation.
	 * @param int|float|null $quantity Its stock quantity when managed.
	 * @return int|float|null
	 */
	private static function low_stock_remaining( $item, $quantity ) {
		if ( 'no_amount' === get_option( 'woocommerce_stock_format' ) || ! is_numeric( $quantity ) || ! function_exists( 'wc_get_low_stock_amount' ) ) {
			return null;
		}
		return $quantity <= wc_get_low_stock_amount( $item ) ? max( 0 + $quantity, 0 ) : null;
	}

	/**
	 * QuantityLimits::get_product_quantity_limit: 1 when sold individually, the stock when
	 * backorders are not allowed, else the ceiling. (Stock held by open checkouts is not taken off.)
	 *
	 * @param WC_Product     $item     Product or variation.
	 * @param int|float|null $quantity Its stock quantity when managed.
	 * @return int|float
	 */
	private static function maximum( $item, $quantity ) {
		$limits = array( self::NO_LIMIT );
		if ( $item->is_sold_individually() ) {
			$limits[] = 1;
		} elseif ( ! $item->backorders_allowed() && is_numeric( $quantity ) ) {
			$limits[] = 0 + $quantity;
		}
		return apply_filters( 'woocommerce_store_api_product_quantity_limit', max( min( array_filter( $limits ) ), 1 ), $item );
	}

	/**
	 * The restock date meta when it is a real calendar date.
	 *
	 * @param WC_Product $item Product or variation.
	 * @return string|null
	 */
	public static function restock_date( $item ) {
		$value = trim( (string) $item->get_meta( self::RESTOCK_META, true ) );
		return self::is_date( $value ) ? $value : null;
	}

	/**
	 * `YYYY-MM-DD` naming a day that exists.
	 *
	 * @param string $value Text.
	 * @return bool
	 */
	public static function is_date( $value ) {
		return (bool) preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	}
}
