<?php
/**
 * Deleting the plugin (Plugins → Delete) removes its settings. Restock dates stay on the
 * products: they are the merchant's product data, and come back into use if the plugin returns.
 *
 * @package StockStatus
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'stock_status_settings' );
if ( is_multisite() ) {
	delete_site_option( 'stock_status_settings' );
}
