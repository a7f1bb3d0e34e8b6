// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeLink } from '../../../src/core/safeLink';

describe('safeLink: the one policy for outside link and picture addresses', () => {
  it.each([
    ['https://shop.example/products/hat', 'https:', 'https://shop.example/products/hat'],
    ['  https://cdn.example/a.jpg ', 'https:', 'https://cdn.example/a.jpg'],
    ['/products/hat?variant=2', 'https:', '/products/hat?variant=2'],
    ['http://shop.example/p', 'http:', 'http://shop.example/p'],
  ])('keeps %j on an %s page', (value, protocol, expected) => {
    expect(safeLink(value, protocol)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<img src=x onerror=alert(1)>'],
    ['//evil.example/x'],
    ['/\\evil.example/x'],
    ['/\t/evil.example'],
    ['https://shop.example/a b'],
    ['http://shop.example/p'],
    ['https://'],
    ['products/hat'],
    [''],
    [`https://shop.example/${'a'.repeat(2100)}`],
  ])('drops %j on an https page', (value) => {
    expect(safeLink(value, 'https:')).toBeUndefined();
  });

  it.each([[null], [undefined], [42], [{}]])('drops a value that is not a string (%j)', (value) => {
    expect(safeLink(value as never, 'https:')).toBeUndefined();
  });
});
