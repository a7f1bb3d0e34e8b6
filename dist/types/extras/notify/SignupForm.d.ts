import type { MessageOverrides } from "../../config/Config.js";
import type { SignupQueue } from "./SignupQueue.js";
export interface SignupFormProps {
    queue: SignupQueue;
    /** The `data-notify` value. */
    target: string;
    productId: string;
    variantId: string | null;
    locale: string;
    platform: string;
    overrides?: MessageOverrides;
}
/**
 * The back-in-stock form: a labelled email field, native and own validation with an announced
 * error (`role=alert`, `aria-invalid`, `aria-describedby`), and a polite status line that says
 * what happened to the signup. The address stays in the field whatever happens.
 */
export declare function SignupForm({ queue, target, productId, variantId, locale, platform, overrides }: SignupFormProps): import("preact").JSX.Element;
