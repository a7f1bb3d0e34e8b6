import type { StatusController } from "./StatusController.js";
/** `data-button="manage"`: a product-context element relabels the theme's add-to-cart button, and gives it back when it leaves. */
export declare function buttonController(host: HTMLElement): StatusController;
