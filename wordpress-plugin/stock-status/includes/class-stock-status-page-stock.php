<?php
/**
 * The product page's stock, written into the page so the first state needs no request.
 *
 * @package StockStatus
 */

defined( 'ABSPATH' ) || exit;

/**
 * `<script type="application/json" data-stock-status-woocommerce>` with the facts WooCommerce
 * itself decides by (abstract-wc-product.php): stock status, whether stock is managed, the
 * quantity, the backorders setting and the low-stock amount, per variation for variable
 * products, plus the merchant's restock date. Read by src/sources/woocommerce/pageStock.ts.
 */
final class Stock_Status_Page_Stock {

	/** Product or variation meta with a restock date, `YYYY-MM-DD`; a variation's own wins over its product's. */
	const RESTOCK_META = '_stock_status_restock_date';

	/** More variations than this are left to the Store API, so the page stays small. */
	const MAX_VARIATIONS = 300;

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
	 * A product (and its visible variations) → the block's data; null when there are too many variations.
	 *
	 * @param WC_Product $product The page's product.
	 * @return array<string, mixed>|null
	 */
	public static function of_product( $product ) {
		$data = array_merge(
			array( 'product_id' => (int) $product->get_id() ),
			self::facts( $product, null ),
			array(
				'stock_format' => (string) get_option( 'woocommerce_stock_format', '' ),
				'categories'   => array_map( 'intval', (array) $product->get_category_ids() ),
			)
		);
		if ( $product->is_type( 'variable' ) ) {
			// Visible children only, as the Store API lists them (hidden when out of stock and the store hides those).
			$ids = (array) $product->get_visible_children();
			if ( count( $ids ) > self::MAX_VARIATIONS ) {
				return null;
			}
			$data['variations'] = array();
			foreach ( $ids as $id ) {
				$variation = wc_get_product( $id );
				if ( $variation ) {
					$data['variations'][] = array_merge( array( 'id' => (int) $variation->get_id() ), self::facts( $variation, $product ) );
				}
			}
		}
		return apply_filters( 'stock_status_page_stock', $data, $product );
	}

	/**
	 * The stock facts of one product or variation, as WooCommerce states them.
	 *
	 * @param WC_Product      $item   Product or variation.
	 * @param WC_Product|null $parent The variable product of a variation.
	 * @return array<string, mixed>
	 */
	private static function facts( $item, $parent ) {
		$managed  = (bool) $item->managing_stock();
		$quantity = $item->get_stock_quantity();
		$restock  = self::restock_date( $item );
		if ( null === $restock && $parent ) {
			$restock = self::restock_date( $parent );
		}
		return array(
			'purchasable'      => (bool) $item->is_purchasable(),
			'stock_status'     => (string) $item->get_stock_status(),
			'manage_stock'     => $managed,
			'stock_quantity'   => $managed && is_numeric( $quantity ) ? 0 + $quantity : null,
			'backorders'       => (string) $item->get_backorders(),
			// The threshold WooCommerce's own low-stock notices and Store API use (variation, product, store).
			'low_stock_amount' => $managed && function_exists( 'wc_get_low_stock_amount' ) ? (int) wc_get_low_stock_amount( $item ) : null,
			'restock_date'     => $restock,
		);
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
