import type { Extra } from "../Extra.js";
import { SignupQueue } from "./SignupQueue.js";
/** One queue per page, on localStorage, sending with the page's fetch. */
export declare function signupQueue(): SignupQueue;
/** The back-in-stock form in the `signup` container (product context, out of stock, `data-notify` set). */
export declare const signupExtra: Extra;
