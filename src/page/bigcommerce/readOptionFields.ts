/**
 * The checked option fields of a form, option id → value id, for fields named by `pattern` (its
 * first group the option id): unchecked radios, disabled fields and non-numeric values do not count.
 */
export function readOptionFields(form: Element, pattern: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name],select[name]'))) {
    const option = pattern.exec(field.name)?.[1];
    if (!option || field.disabled) continue;
    if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox') && !field.checked) continue;
    if (/^\d{1,10}$/.test(field.value)) out[option] = field.value;
  }
  return out;
}
