import type { Extra } from "../Extra.js";
/**
 * The alternatives list in the `alternatives` container. It asks only once the badge is shown
 * (this runs from the extras script), and a newer resolution for another product wins.
 */
export declare const alternativesExtra: Extra;
