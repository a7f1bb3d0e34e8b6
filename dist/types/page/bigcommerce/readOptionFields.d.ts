/**
 * The checked option fields of a form, option id → value id, for fields named by `pattern` (its
 * first group the option id): unchecked radios, disabled fields and non-numeric values do not count.
 */
export declare function readOptionFields(form: Element, pattern: RegExp): Record<string, string>;
