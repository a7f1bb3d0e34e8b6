import { expect, test } from 'vitest';
import { openPage, settled, startBrowserAndDemo } from './harness';

/**
 * Under `script-src 'self'; style-src 'self'` (the demo serves /csp/… with that policy) the widget,
 * its stylesheet and the extras script work, and the browser records no violation.
 */
const env = startBrowserAndDemo();

const record = () => {
  const w = window as unknown as { violations: string[] };
  w.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test.each(['/csp/experience/product.html', '/csp/experience/button.html', '/csp/experience/listing.html'])(
  '%s: works with no CSP violation',
  async (path) => {
    const o = await openPage(env.browser, env.demo.url + path, { init: record });
    try {
      const res = await o.page.request.get(env.demo.url + path);
      expect(res.headers()['content-security-policy']).toContain("script-src 'self'");
      await settled(o.page);
      if (path.includes('product')) {
        await o.page.waitForFunction(() => !!document.querySelector('stock-status')?.shadowRoot?.querySelector('.alts-list .alt'));
        await o.page.waitForFunction(() => !!document.querySelector('stock-status')?.shadowRoot?.querySelector('.signup-form'));
        // The extras' stylesheet applied too: the signup button has its border.
        const border = await o.page.evaluate(
          () => getComputedStyle(document.querySelector('stock-status')!.shadowRoot!.querySelector('.signup-button')!).borderTopWidth,
        );
        expect(border).toBe('2px');
      }
      // The main stylesheet applied (constructable stylesheet, no inline style needed).
      const weight = await o.page.evaluate(
        () => getComputedStyle(document.querySelector('stock-status')!.shadowRoot!.querySelector('.badge')!).fontWeight,
      );
      expect(weight).toBe('600');
      await o.page.waitForTimeout(200);
      expect(await o.page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(o.console.filter((c) => /Content Security Policy/i.test(c.text))).toEqual([]);
      expect(o.errors).toEqual([]);
    } finally {
      await o.close();
    }
  },
);
