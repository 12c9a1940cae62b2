/**
 * axe-core finds no WCAG 2.2 A/AA violation on one page of each kind, seen on a 390×844 phone.
 * A kind that the build does not produce fails its test (it is not skipped).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { PAGE_KINDS, requirePagePath } from '../helpers/dist-pages.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';

const site = useBuiltSiteInBrowser();

describe('trợ năng (axe-core, WCAG 2.2 AA) trên điện thoại 390×844', () => {
  it.each(PAGE_KINDS.map((spec) => [spec.label, spec] as const))('%s', async (_label, spec) => {
    const pagePath = requirePagePath(spec.kind);
    const { context } = await newOfflineContext(site.browser, site.server.origin, phoneContextOptions({ bypassCSP: true }));
    try {
      const page = await context.newPage();
      const response = await page.goto(site.server.url(pagePath), { waitUntil: 'load' });
      expect(response, `không mở được ${pagePath}`).not.toBeNull();
      await page.evaluate(() => document.fonts.ready);
      const violations = await axeViolations(page);
      if (violations.length > 0) {
        expect.fail(
          `${pagePath}: ${violations.length} lỗi trợ năng (axe violations):\n${formatViolations(violations)}`,
        );
      }
    } finally {
      await context.close();
    }
  });
});
