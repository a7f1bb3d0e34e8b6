<?php
/**
 * The storefront: the script, its config and the product page's stock.
 *
 * @package StockStatus
 */

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues assets/stock-status.woocommerce.js (built from dist/): a small loader that fetches the
 * widget (stock-status.woocommerce.app.js) and, on a page in another language, that language's
 * words (stock-status-locale-<language>.js) from its own folder once the page has painted, and
 * stock-status-extras.js when a page needs the signup form or alternatives.
 */
final class Stock_Status_Frontend {

	const HANDLE = 'stock-status';

	/**
	 * Hooks.
	 */
	public static function register() {
		add_action( 'wp_enqueue_scripts', array( __CLASS__, 'enqueue' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'defer_before_strategies' ), 10, 2 );
		add_action( 'wp_footer', array( 'Stock_Status_Page_Stock', 'print_for_page' ), 5 );
	}

	/**
	 * Whether this WordPress knows loading strategies (6.3+).
	 *
	 * @return bool
	 */
	private static function has_strategies() {
		return version_compare( get_bloginfo( 'version' ), '6.3', '>=' );
	}

	/**
	 * On every storefront page while WooCommerce is active: cards and carts can be anywhere
	 * (block themes put Product Collection blocks on any page). Filter `stock_status_enqueue`
	 * to return false where it should not load.
	 */
	public static function enqueue() {
		if ( ! class_exists( 'WooCommerce' ) || ! apply_filters( 'stock_status_enqueue', true ) ) {
			return;
		}
		// In the head with defer: downloaded with the page, run once it is parsed, never blocking it.
		wp_enqueue_script(
			self::HANDLE,
			plugins_url( 'assets/stock-status.woocommerce.js', STOCK_STATUS_FILE ),
			array(),
			STOCK_STATUS_VERSION,
			self::has_strategies() ? array(
				'strategy'  => 'defer',
				'in_footer' => false,
			) : false
		);
		// Settings become data, never code: the HEX flags escape < > & ' " so a value cannot end the script.
		$json = wp_json_encode( Stock_Status_Settings::config(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT );
		if ( false !== $json ) {
			wp_add_inline_script( self::HANDLE, 'window.StockStatusConfig = ' . $json . ';', 'before' );
		}
	}

	/**
	 * WordPress before 6.3 has no `strategy`: add `defer` to our own tag (id `stock-status-js`),
	 * leaving the inline config before it untouched.
	 *
	 * @param string $tag    The script tags printed for the handle.
	 * @param string $handle The handle.
	 * @return string
	 */
	public static function defer_before_strategies( $tag, $handle ) {
		if ( self::HANDLE !== $handle || self::has_strategies() ) {
			return $tag;
		}
		return preg_replace( '#<script(?=[^>]*\sid=[\'"]stock-status-js[\'"])(?![^>]*\sdefer)#', '<script defer', $tag, 1 );
	}
}
