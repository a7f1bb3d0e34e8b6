<?php
/**
 * Plugin Name:       Stock Status for WooCommerce
 * Description:       Tells shoppers the truth about availability: in stock, low stock, backorder with a date, out of stock with a restock date, a back-in-stock signup and in-stock alternatives. No theme edit.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            stock-status contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       stock-status
 * Domain Path:       /languages
 * Requires Plugins:  woocommerce
 * WC requires at least: 7.0
 * WC tested up to:   10.3
 *
 * @package StockStatus
 */

defined( 'ABSPATH' ) || exit;

define( 'STOCK_STATUS_VERSION', '0.1.0' );
define( 'STOCK_STATUS_FILE', __FILE__ );

require_once __DIR__ . '/includes/class-stock-status-settings.php';
require_once __DIR__ . '/includes/class-stock-status-page-stock.php';
require_once __DIR__ . '/includes/class-stock-status-frontend.php';
require_once __DIR__ . '/includes/class-stock-status-admin.php';

// WooCommerce asks every plugin whether it works with its order tables (HPOS) and the Cart and
// Checkout blocks; this one reads neither orders nor checkout, so it does.
add_action(
	'before_woocommerce_init',
	static function () {
		if ( class_exists( '\Automattic\WooCommerce\Utilities\FeaturesUtil' ) ) {
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'custom_order_tables', STOCK_STATUS_FILE, true );
			\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility( 'cart_checkout_blocks', STOCK_STATUS_FILE, true );
		}
	}
);

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'stock-status', false, dirname( plugin_basename( STOCK_STATUS_FILE ) ) . '/languages' );
	}
);

// Defaults on first activation, so the storefront has a working config before anyone opens the settings.
register_activation_hook(
	__FILE__,
	static function () {
		add_option( Stock_Status_Settings::OPTION, Stock_Status_Settings::defaults() );
	}
);

Stock_Status_Frontend::register();
Stock_Status_Admin::register();
