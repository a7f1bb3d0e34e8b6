/** The merchant's settings after validation: every key has a safe value. */
export type Platform = 'bigcommerce' | 'shopify' | 'woocommerce' | 'jsonld' | 'json';
export declare const PLATFORMS: readonly Platform[];
import type { MessageOverrides } from "../core/overridesFor.js";
export type { MessageOverrides };
export interface Config {
    platform: Platform;
    /** API endpoint; each platform has its own default. */
    endpoint?: string;
    token?: string;
    /** BCP 47 tag; default: `<html lang>`, then the browser's. */
    locale?: string;
    /** Metafield `namespace.key` holding a restock date. */
    restockField: string;
    /** How many alternatives to show; 0 = off. */
    alternatives: number;
    /** Back-in-stock target: `klaviyo:<public key>` or an https URL. */
    notify?: string;
    mount: 'auto' | 'manual';
    /** `manage`: relabel the theme's add-to-cart button for pre-order, backorder and sold out. */
    button?: 'manage';
    /** CSP nonce for the stylesheet fallback where constructable stylesheets are missing. */
    nonce?: string;
    /** Days a backorder takes when no restock date is known. */
    leadDays?: number;
    /** Business days between stock arriving and the parcel leaving. */
    handlingDays: number;
    /** The store's IANA time zone; "today" is taken there. */
    timeZone?: string;
    /** Show alternatives for a backorder that ships later than this many days. */
    alternativesAfterDays?: number;
    /** A merchant-chosen list of alternative product ids (instead of the platform's related products). */
    alternativesList?: string[];
    /** Text overrides per locale, placeholders only. */
    messages?: MessageOverrides;
    /**
     * The theme's own stock text beside ours (WooCommerce `p.stock`, Cornerstone's backorder
     * prompts, Horizon's inventory block): `replace` hides it while ours shows, `keep` leaves it.
     */
    themeStock: 'replace' | 'keep';
    /**
     * `none`: send no storefront request; products the page's own data (Shopify's inline Liquid
     * stock) does not describe show nothing. The Shopify app embed sets it when it has no token.
     */
    requests?: 'none';
}
export declare const DEFAULT_CONFIG: Config;
