/**
 * axe-core finds no WCAG 2.2 A/AA violation on one page of each kind, seen on a 390×844 phone.
 * A kind that the build does not produce fails its test (it is not skipped).
 */
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSiteInBrowser, newOfflineContext, phoneContextOptions } from '../helpers/browser.ts';
import { PAGE_KINDS, requirePagePath } from '../helpers/dist-pages.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `    - ${n.target}${n.summary ? `\n      ${n.summary.replace(/\n\s*/g, ' | ')}` : ''}`);
      if (v.nodes.length > 10) nodes.push(`    … và ${v.nodes.length - 10} phần tử nữa`);
      return `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

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
      await page.addScriptTag({ content: axe.source });
      const violations: Violation[] = await page.evaluate(async (tags) => {
        const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
        }));
      }, WCAG_TAGS);
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

declare global {
  interface Window {
    axe: typeof axe;
  }
}
