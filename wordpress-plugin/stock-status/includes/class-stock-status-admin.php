<?php
/**
 * The settings page (WooCommerce → Stock status) and the restock date on the product editor.
 *
 * @package StockStatus
 */

defined( 'ABSPATH' ) || exit;

/**
 * The page posts to options.php (the Settings API): WordPress checks the nonce of the
 * `stock_status` group and, through `option_page_capability_stock_status`, that the user may
 * manage WooCommerce; Stock_Status_Settings::sanitize checks every value.
 */
final class Stock_Status_Admin {

	const GROUP      = 'stock_status';
	const PAGE       = 'stock-status';
	const CAPABILITY = 'manage_woocommerce';

	/**
	 * Hooks.
	 */
	public static function register() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ), 60 );
		add_action( 'admin_init', array( __CLASS__, 'register_setting' ) );
		add_filter( 'option_page_capability_' . self::GROUP, array( __CLASS__, 'capability' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( STOCK_STATUS_FILE ), array( __CLASS__, 'action_links' ) );
		add_action( 'woocommerce_product_options_stock_status', array( __CLASS__, 'product_restock_field' ) );
		add_action( 'woocommerce_admin_process_product_object', array( __CLASS__, 'save_product_restock' ) );
		add_action( 'woocommerce_variation_options_inventory', array( __CLASS__, 'variation_restock_field' ), 10, 3 );
		add_action( 'woocommerce_admin_process_variation_object', array( __CLASS__, 'save_variation_restock' ), 10, 2 );
	}

	/**
	 * Under the WooCommerce menu; under Settings while WooCommerce is not active.
	 */
	public static function menu() {
		add_submenu_page(
			class_exists( 'WooCommerce' ) ? 'woocommerce' : 'options-general.php',
			__( 'Stock status', 'stock-status' ),
			__( 'Stock status', 'stock-status' ),
			self::CAPABILITY,
			self::PAGE,
			array( __CLASS__, 'render' )
		);
	}

	/**
	 * The option and its sanitiser.
	 */
	public static function register_setting() {
		register_setting(
			self::GROUP,
			Stock_Status_Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( 'Stock_Status_Settings', 'sanitize' ),
				'default'           => Stock_Status_Settings::defaults(),
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Who may save: shop managers and administrators, as for WooCommerce's own settings.
	 *
	 * @return string
	 */
	public static function capability() {
		return self::CAPABILITY;
	}

	/**
	 * "Settings" beside Deactivate on the Plugins screen.
	 *
	 * @param string[] $links The row's links.
	 * @return string[]
	 */
	public static function action_links( $links ) {
		$url = admin_url( ( class_exists( 'WooCommerce' ) ? 'admin.php' : 'options-general.php' ) . '?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'stock-status' ) . '</a>' );
		return $links;
	}

	/**
	 * The settings page. Every value is escaped where it is printed.
	 */
	public static function render() {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'stock-status' ), 403 );
		}
		$s    = Stock_Status_Settings::get();
		$name = Stock_Status_Settings::OPTION;
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Stock status', 'stock-status' ); ?></h1>
			<p><?php esc_html_e( 'What shoppers are told about availability on product pages, product cards and the cart. Stock itself comes from each product\'s Inventory tab.', 'stock-status' ); ?></p>
			<?php settings_errors(); ?>
			<form method="post" action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>">
				<?php settings_fields( self::GROUP ); ?>
				<h2><?php esc_html_e( 'Dates', 'stock-status' ); ?></h2>
				<table class="form-table" role="presentation">
					<?php
					self::number_row( 'lead_days', $s, 365, __( 'Days a backorder usually takes when no restock date is set. Empty: no date is promised ("Ships when back in stock").', 'stock-status' ) );
					self::number_row( 'handling_days', $s, 60, __( 'Working days between stock arriving and the parcel leaving; added to every date.', 'stock-status' ) );
					self::time_zone_row( $s );
					?>
				</table>
				<h2><?php esc_html_e( 'Out of stock', 'stock-status' ); ?></h2>
				<table class="form-table" role="presentation">
					<?php
					self::text_row( 'notify', $s, __( 'Where back-in-stock signups go: klaviyo:YOUR_PUBLIC_KEY, or an https:// address (or a path on this site) that takes a JSON POST. Empty: no signup form.', 'stock-status' ) );
					self::number_row( 'alternatives', $s, 12, __( 'In-stock products offered instead of one that is out of stock (0 = none). By default from the same category.', 'stock-status' ) );
					self::text_row( 'alternatives_list', $s, __( 'Product ids to offer instead, comma separated (e.g. 201,202,207). Empty: the same category.', 'stock-status' ) );
					self::number_row( 'alternatives_after_days', $s, 365, __( 'Also offer alternatives for a backorder that ships later than this many days. Empty: only when out of stock.', 'stock-status' ) );
					?>
				</table>
				<h2><?php esc_html_e( 'On the page', 'stock-status' ); ?></h2>
				<table class="form-table" role="presentation">
					<?php
					self::select_row(
						'mount',
						$s,
						array(
							'auto'   => __( 'Automatic: under the add-to-cart form, on product cards and cart lines', 'stock-status' ),
							'manual' => __( 'Manual: only where I place <stock-status> elements', 'stock-status' ),
						)
					);
					self::select_row(
						'theme_stock',
						$s,
						array(
							'replace' => __( "Replace the theme's stock line while the status shows", 'stock-status' ),
							'keep'    => __( "Keep the theme's stock line as well", 'stock-status' ),
						)
					);
					self::select_row(
						'button',
						$s,
						array(
							''       => __( 'Leave the add-to-cart button as the theme has it', 'stock-status' ),
							'manage' => __( 'Relabel it for pre-order, backorder and sold out', 'stock-status' ),
						)
					);
					self::text_row( 'locale', $s, __( 'A language tag such as en-GB or de. Empty: the site language (the page\'s lang attribute).', 'stock-status' ) );
					?>
					<tr>
						<th scope="row"><label for="stock-status-messages"><?php echo esc_html( Stock_Status_Settings::label( 'messages' ) ); ?></label></th>
						<td>
							<textarea id="stock-status-messages" name="<?php echo esc_attr( $name ); ?>[messages]" rows="5" cols="60" class="large-text code"><?php echo esc_textarea( (string) $s['messages'] ); ?></textarea>
							<p class="description"><?php esc_html_e( 'One a line: language.key = text, e.g. en.inStock = Ready to ship today. Placeholders such as {count} and {date} are filled in; the text is shown as plain text.', 'stock-status' ); ?></p>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}

	/**
	 * A row's label cell.
	 *
	 * @param string $key The setting.
	 */
	private static function label_cell( $key ) {
		echo '<th scope="row"><label for="stock-status-' . esc_attr( $key ) . '">' . esc_html( Stock_Status_Settings::label( $key ) ) . '</label></th>';
	}

	/**
	 * A whole-number field.
	 *
	 * @param string                    $key  The setting.
	 * @param array<string, int|string> $s    The settings.
	 * @param int                       $max  Largest value.
	 * @param string                    $help Description.
	 */
	private static function number_row( $key, $s, $max, $help ) {
		echo '<tr>';
		self::label_cell( $key );
		printf(
			'<td><input type="number" min="0" max="%1$d" step="1" class="small-text" id="stock-status-%2$s" name="%3$s[%2$s]" value="%4$s"><p class="description">%5$s</p></td>',
			(int) $max,
			esc_attr( $key ),
			esc_attr( Stock_Status_Settings::OPTION ),
			esc_attr( (string) $s[ $key ] ),
			esc_html( $help )
		);
		echo '</tr>';
	}

	/**
	 * A text field.
	 *
	 * @param string                    $key  The setting.
	 * @param array<string, int|string> $s    The settings.
	 * @param string                    $help Description.
	 */
	private static function text_row( $key, $s, $help ) {
		echo '<tr>';
		self::label_cell( $key );
		printf(
			'<td><input type="text" class="regular-text" id="stock-status-%1$s" name="%2$s[%1$s]" value="%3$s"><p class="description">%4$s</p></td>',
			esc_attr( $key ),
			esc_attr( Stock_Status_Settings::OPTION ),
			esc_attr( (string) $s[ $key ] ),
			esc_html( $help )
		);
		echo '</tr>';
	}

	/**
	 * A choice.
	 *
	 * @param string                    $key     The setting.
	 * @param array<string, int|string> $s       The settings.
	 * @param array<string, string>     $choices Value → label.
	 */
	private static function select_row( $key, $s, $choices ) {
		echo '<tr>';
		self::label_cell( $key );
		printf( '<td><select id="stock-status-%1$s" name="%2$s[%1$s]">', esc_attr( $key ), esc_attr( Stock_Status_Settings::OPTION ) );
		foreach ( $choices as $value => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( (string) $value ), selected( (string) $s[ $key ], (string) $value, false ), esc_html( $label ) );
		}
		echo '</select></td></tr>';
	}

	/**
	 * The time zone, defaulting to the site's (Settings → General).
	 *
	 * @param array<string, int|string> $s The settings.
	 */
	private static function time_zone_row( $s ) {
		echo '<tr>';
		self::label_cell( 'time_zone' );
		printf( '<td><select id="stock-status-time_zone" name="%s[time_zone]">', esc_attr( Stock_Status_Settings::OPTION ) );
		/* translators: %s: the site's time zone, e.g. Europe/Berlin. */
		printf( '<option value="">%s</option>', esc_html( sprintf( __( 'The site\'s time zone (%s)', 'stock-status' ), wp_timezone_string() ) ) );
		foreach ( timezone_identifiers_list() as $zone ) {
			printf( '<option value="%1$s"%2$s>%1$s</option>', esc_attr( $zone ), selected( (string) $s['time_zone'], $zone, false ) );
		}
		echo '</select><p class="description">' . esc_html__( '"Today" for every date, so a date never shows as passed in your own morning.', 'stock-status' ) . '</p></td></tr>';
	}

	/**
	 * Product data → Inventory: the restock date.
	 */
	public static function product_restock_field() {
		global $product_object;
		$value = $product_object instanceof WC_Product ? (string) Stock_Status_Page_Stock::restock_date( $product_object ) : '';
		self::date_input( Stock_Status_Page_Stock::RESTOCK_META, Stock_Status_Page_Stock::RESTOCK_META, $value, 'form-field' );
	}

	/**
	 * A variation's Inventory: its own restock date.
	 *
	 * @param int     $loop      The variation's index in the form.
	 * @param array   $data      Unused.
	 * @param WP_Post $variation The variation's post.
	 */
	public static function variation_restock_field( $loop, $data, $variation ) {
		$product = function_exists( 'wc_get_product' ) ? wc_get_product( $variation->ID ) : null;
		$value   = $product ? (string) Stock_Status_Page_Stock::restock_date( $product ) : '';
		self::date_input( Stock_Status_Page_Stock::RESTOCK_META . '_' . (int) $loop, Stock_Status_Page_Stock::RESTOCK_META . '[' . (int) $loop . ']', $value, 'form-row form-row-full' );
	}

	/**
	 * The date input both editors share.
	 *
	 * @param string $id    Element id.
	 * @param string $name  Field name.
	 * @param string $value `YYYY-MM-DD` or ''.
	 * @param string $class The editor's row class.
	 */
	private static function date_input( $id, $name, $value, $class ) {
		printf(
			'<p class="%1$s"><label for="%2$s">%3$s</label> <input type="date" id="%2$s" name="%4$s" value="%5$s"> <span class="description">%6$s</span></p>',
			esc_attr( $class ),
			esc_attr( $id ),
			esc_html__( 'Restock date', 'stock-status' ),
			esc_attr( $name ),
			esc_attr( $value ),
			esc_html__( 'When more stock arrives. Shoppers see it on backorders and when out of stock; empty for none.', 'stock-status' )
		);
	}

	/**
	 * Saves the product's restock date (WooCommerce has checked the editor's nonce and the user's
	 * right to edit the product before this action).
	 *
	 * @param WC_Product $product The product being saved.
	 */
	public static function save_product_restock( $product ) {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- verified by WooCommerce before this action.
		$raw = isset( $_POST[ Stock_Status_Page_Stock::RESTOCK_META ] ) && is_string( $_POST[ Stock_Status_Page_Stock::RESTOCK_META ] ) ? wp_unslash( $_POST[ Stock_Status_Page_Stock::RESTOCK_META ] ) : null;
		self::save_restock( $product, $raw );
	}

	/**
	 * Saves a variation's restock date (nonce checked by WooCommerce's save_variations).
	 *
	 * @param WC_Product $variation The variation being saved.
	 * @param int        $i         Its index in the form.
	 */
	public static function save_variation_restock( $variation, $i ) {
		// phpcs:ignore WordPress.Security.NonceVerification.Missing -- verified by WooCommerce before this action.
		$all = isset( $_POST[ Stock_Status_Page_Stock::RESTOCK_META ] ) && is_array( $_POST[ Stock_Status_Page_Stock::RESTOCK_META ] ) ? wp_unslash( $_POST[ Stock_Status_Page_Stock::RESTOCK_META ] ) : array();
		$raw = isset( $all[ $i ] ) && is_string( $all[ $i ] ) ? $all[ $i ] : null;
		self::save_restock( $variation, $raw );
	}

	/**
	 * A real date is kept, an empty field removes it, anything else changes nothing (so a mistyped
	 * value never wipes the date that was there).
	 *
	 * @param WC_Product  $item The product or variation.
	 * @param string|null $raw  The submitted field; null when the form did not carry it.
	 */
	private static function save_restock( $item, $raw ) {
		if ( null === $raw || ! is_object( $item ) ) {
			return;
		}
		$raw = trim( $raw );
		if ( '' === $raw ) {
			$item->delete_meta_data( Stock_Status_Page_Stock::RESTOCK_META );
		} elseif ( Stock_Status_Page_Stock::is_date( $raw ) ) {
			$item->update_meta_data( Stock_Status_Page_Stock::RESTOCK_META, $raw );
		}
	}
}
