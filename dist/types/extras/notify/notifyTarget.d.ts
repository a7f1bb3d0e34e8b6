/** `data-notify` → where a signup goes: Klaviyo's client API, or the merchant's own JSON endpoint. */
export type NotifyTarget = {
    kind: 'klaviyo';
    publicKey: string;
} | {
    kind: 'url';
    url: string;
};
export declare function notifyTarget(value: string | undefined): NotifyTarget | null;
