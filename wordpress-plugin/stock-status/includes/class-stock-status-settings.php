<?php
/**
 * The merchant's settings: defaults, validation on save (the rules the script itself applies,
 * src/config/parseConfig.ts), and the config handed to the script.
 *
 * @package StockStatus
 */

defined( 'ABSPATH' ) || exit;

/**
 * One option, `stock_status_settings`, holding every setting under a snake_case key.
 */
final class Stock_Status_Settings {

	const OPTION = 'stock_status_settings';

	/** Message keys as the script accepts them: a word, optionally a plural category. */
	const MESSAGE_KEY = '/^[a-zA-Z]+(_(zero|one|two|few|many|other))?$/';

	/** A BCP 47 language tag, as far as the browser's Intl will take it. */
	const LOCALE = '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,6}$/';

	/**
	 * Settings before the merchant chose anything. Empty strings mean "not set": the script's own
	 * default applies (time zone: the site's, from Settings → General).
	 *
	 * @return array<string, int|string>
	 */
	public static function defaults() {
		return array(
			'locale'                  => '',
			'alternatives'            => 4,
			'alternatives_list'       => '',
			'alternatives_after_days' => '',
			'notify'                  => '',
			'mount'                   => 'auto',
			'button'                  => '',
			'lead_days'               => '',
			'handling_days'           => 0,
			'time_zone'               => '',
			'theme_stock'             => 'replace',
			'messages'                => '',
		);
	}

	/**
	 * The saved settings, every key present (a missing or damaged option gives the defaults).
	 *
	 * @return array<string, int|string>
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		$saved = is_array( $saved ) ? $saved : array();
		return array_merge( self::defaults(), array_intersect_key( $saved, self::defaults() ) );
	}

	/**
	 * `sanitize_callback` of the option. Each field is checked on its own: a bad value keeps the
	 * value saved before and is named in one settings error, and the other fields still save.
	 *
	 * @param mixed $input The submitted `stock_status_settings[...]` fields.
	 * @return array<string, int|string>
	 */
	public static function sanitize( $input ) {
		$before = self::get();
		if ( ! is_array( $input ) ) {
			return $before;
		}
		$out = array();
		foreach ( self::defaults() as $key => $default ) {
			$raw   = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
			$value = self::validate( $key, $raw );
			if ( null === $value ) {
				$out[ $key ] = $before[ $key ];
				add_settings_error(
					self::OPTION,
					'stock-status-' . $key,
					/* translators: %s: the name of a setting, e.g. "Lead days". */
					sprintf( __( '%s: this value is not valid, so the previous value was kept.', 'stock-status' ), self::label( $key ) )
				);
			} else {
				$out[ $key ] = $value;
			}
		}
		return $out;
	}

	/**
	 * One field's submitted text → its stored value, or null when it is not valid.
	 *
	 * @param string $key The setting.
	 * @param string $raw The submitted text, trimmed.
	 * @return int|string|null
	 */
	private static function validate( $key, $raw ) {
		switch ( $key ) {
			case 'alternatives':
				return self::count( $raw, 12, false );
			case 'handling_days':
				return self::count( $raw, 60, false );
			case 'lead_days':
			case 'alternatives_after_days':
				return self::count( $raw, 365, true );
			case 'mount':
				return in_array( $raw, array( 'auto', 'manual' ), true ) ? $raw : null;
			case 'theme_stock':
				return in_array( $raw, array( 'replace', 'keep' ), true ) ? $raw : null;
			case 'button':
				return in_array( $raw, array( '', 'manage' ), true ) ? $raw : null;
			case 'locale':
				return '' === $raw || ( strlen( $raw ) <= 64 && preg_match( self::LOCALE, $raw ) ) ? $raw : null;
			case 'time_zone':
				return '' === $raw || in_array( $raw, timezone_identifiers_list(), true ) ? $raw : null;
			case 'notify':
				return '' === $raw || self::is_notify_target( $raw ) ? $raw : null;
			case 'alternatives_list':
				return self::id_list( $raw );
			case 'messages':
				return null === self::parse_messages( $raw ) ? null : self::normalise_lines( $raw );
		}
		return null;
	}

	/**
	 * A whole number from 0 to $max; '' stays '' (not set) where the setting is optional.
	 *
	 * @param string $raw      Submitted text.
	 * @param int    $max      Largest value the script accepts.
	 * @param bool   $optional Whether '' means "not set".
	 * @return int|string|null
	 */
	private static function count( $raw, $max, $optional ) {
		if ( '' === $raw ) {
			return $optional ? '' : null;
		}
		return preg_match( '/^\d{1,4}$/', $raw ) && (int) $raw <= $max ? (int) $raw : null;
	}

	/**
	 * `klaviyo:<public key>`, an https URL, or a path on this site (never `//host` or `/\host`).
	 *
	 * @param string $raw Submitted text.
	 * @return bool
	 */
	private static function is_notify_target( $raw ) {
		return strlen( $raw ) <= 2048 && (
			preg_match( '/^klaviyo:[A-Za-z0-9]{4,12}$/', $raw )
			|| preg_match( '#^https://[^\s/\\\\]+(/\S*)?$#i', $raw )
			|| preg_match( '#^/(?![/\\\\])[^\s\\\\]*$#', $raw )
		);
	}

	/**
	 * Product ids, comma separated: at most 50 WooCommerce ids. Stored as "1,2,3".
	 *
	 * @param string $raw Submitted text.
	 * @return string|null
	 */
	private static function id_list( $raw ) {
		$ids = array_values( array_filter( array_map( 'trim', explode( ',', $raw ) ), 'strlen' ) );
		if ( count( $ids ) > 50 ) {
			return null;
		}
		foreach ( $ids as $id ) {
			if ( ! preg_match( '/^[1-9]\d{0,14}$/', $id ) ) {
				return null;
			}
		}
		return implode( ',', $ids );
	}

	/**
	 * Message overrides, one a line: `locale.key = text`, e.g. `en.inStock = Ready to ship`.
	 * Blank lines and lines starting with # are skipped. Text is data: shown as text by the
	 * script, never as HTML; placeholders like {count} and {date} are the only markup.
	 *
	 * @param string $raw The textarea's text.
	 * @return array<string, array<string, string>>|null Null when any line is not valid.
	 */
	public static function parse_messages( $raw ) {
		$out = array();
		foreach ( preg_split( '/\R/', (string) $raw ) as $line ) {
			$line = trim( $line );
			if ( '' === $line || '#' === $line[0] ) {
				continue;
			}
			if ( ! preg_match( '/^([A-Za-z0-9-]{2,35})\.([A-Za-z_]+)\s*=\s*(.*)$/', $line, $m ) ) {
				return null;
			}
			list( , $locale, $key, $text ) = $m;
			if ( ! preg_match( self::LOCALE, $locale ) || ! preg_match( self::MESSAGE_KEY, $key ) || strlen( $text ) > 300 || preg_match( '/[\x00-\x08\x0B-\x1F\x7F]/', $text ) ) {
				return null;
			}
			$out[ $locale ][ $key ] = $text;
		}
		return count( $out ) > 35 ? null : $out;
	}

	/**
	 * The textarea's lines, trimmed, one "\n" between them.
	 *
	 * @param string $raw Valid message lines.
	 * @return string
	 */
	private static function normalise_lines( $raw ) {
		return implode( "\n", array_filter( array_map( 'trim', preg_split( '/\R/', $raw ) ), 'strlen' ) );
	}

	/**
	 * The setting's name as the settings page shows it.
	 *
	 * @param string $key The setting.
	 * @return string
	 */
	public static function label( $key ) {
		$labels = array(
			'locale'                  => __( 'Language', 'stock-status' ),
			'alternatives'            => __( 'Alternatives shown', 'stock-status' ),
			'alternatives_list'       => __( 'Your own alternatives', 'stock-status' ),
			'alternatives_after_days' => __( 'Alternatives for long backorders', 'stock-status' ),
			'notify'                  => __( 'Back-in-stock signup', 'stock-status' ),
			'mount'                   => __( 'Placement', 'stock-status' ),
			'button'                  => __( 'Add-to-cart button', 'stock-status' ),
			'lead_days'               => __( 'Lead days', 'stock-status' ),
			'handling_days'           => __( 'Handling days', 'stock-status' ),
			'time_zone'               => __( 'Time zone', 'stock-status' ),
			'theme_stock'             => __( "Theme's stock text", 'stock-status' ),
			'messages'                => __( 'Your own wording', 'stock-status' ),
		);
		return isset( $labels[ $key ] ) ? $labels[ $key ] : $key;
	}

	/**
	 * The store's IANA time zone for "today": the setting, else the site's. WordPress gives a
	 * manual offset as "+02:00", which the script's Intl may not take: whole hours become
	 * `Etc/GMT-2` (POSIX signs are reversed); other offsets leave the shopper's own zone.
	 *
	 * @return string|null
	 */
	public static function time_zone() {
		$settings = self::get();
		$zone     = '' !== $settings['time_zone'] ? $settings['time_zone'] : wp_timezone_string();
		if ( ! preg_match( '/^([+-])(\d{2}):(\d{2})$/', $zone, $m ) ) {
			return $zone;
		}
		if ( '00' !== $m[3] ) {
			return null;
		}
		$hours = (int) $m[2];
		return 0 === $hours ? 'UTC' : 'Etc/GMT' . ( '+' === $m[1] ? '-' : '+' ) . $hours;
	}

	/**
	 * The Store API on this site, as a same-origin path: `/wp-json/wc/store/v1`, or
	 * `/index.php?rest_route=/wc/store/v1` on plain permalinks, or under a subfolder install.
	 *
	 * @return string
	 */
	public static function store_endpoint() {
		return wp_make_link_relative( rest_url( 'wc/store/v1' ) );
	}

	/**
	 * `window.StockStatusConfig` (src/config/Config.ts): only keys that are set, camelCase.
	 * Filter `stock_status_config` to change it in code.
	 *
	 * @return array<string, mixed>
	 */
	public static function config() {
		$s      = self::get();
		$config = array(
			'platform'     => 'woocommerce',
			'endpoint'     => self::store_endpoint(),
			'alternatives' => (int) $s['alternatives'],
			'mount'        => $s['mount'],
			'handlingDays' => (int) $s['handling_days'],
			'themeStock'   => $s['theme_stock'],
		);
		$zone = self::time_zone();
		if ( null !== $zone && '' !== $zone ) {
			$config['timeZone'] = $zone;
		}
		$optional = array(
			'locale' => 'locale',
			'notify' => 'notify',
			'button' => 'button',
		);
		foreach ( $optional as $key => $name ) {
			if ( '' !== $s[ $key ] ) {
				$config[ $name ] = $s[ $key ];
			}
		}
		if ( '' !== $s['lead_days'] ) {
			$config['leadDays'] = (int) $s['lead_days'];
		}
		if ( '' !== $s['alternatives_after_days'] ) {
			$config['alternativesAfterDays'] = (int) $s['alternatives_after_days'];
		}
		if ( '' !== $s['alternatives_list'] ) {
			$config['alternativesList'] = explode( ',', $s['alternatives_list'] );
		}
		$messages = self::parse_messages( $s['messages'] );
		if ( $messages ) {
			$config['messages'] = $messages;
		}
		return apply_filters( 'stock_status_config', $config );
	}
}
