/**
 * axe-core run in a page as every accessibility check here runs it: the WCAG 2.2 A and AA rules,
 * over the whole page or the part a selector names, with the violations in a readable form.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

/** Violations of the WCAG 2.2 A/AA rules on `page`, or inside the elements `include` selects. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(
    async ({ tags, include }) => {
      const run = (window as unknown as { axe: typeof axe }).axe;
      const result = await run.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
      }));
    },
    { tags: WCAG_TAGS, include },
  );
}

/** The violations as a message: rule, help, link and up to ten elements each. */
export function formatViolations(violations: readonly AxeViolation[]): string {
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
