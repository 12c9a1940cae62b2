/**
 * Astro integration: reads every page as it is rendered (src/lib/delivery/rendered-pages.ts),
 * collects the hashes of the inline scripts and styles the Content-Security-Policy must allow, and
 * after the build writes the headers for the hosts the site is deployed to: dist/_headers (hosts that read one) and dist/.loa/csp.conf
 * (included by deploy/nginx/loa.conf). Markup no policy should allow (inline event handlers,
 * javascript: URLs) stops the build. Writes last, after every integration that writes files.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readRenderedPages, type PageSubscription, type RenderedPage } from '../lib/delivery/rendered-pages.ts';
import { PolicySourceCollector, contentSecurityPolicy, headersFile, nginxPolicy, scanPage, type OutputEntry } from '../lib/delivery/headers.ts';

/** Where the nginx include is written, relative to the output folder. */
export const NGINX_POLICY_FILE = '.loa/csp.conf';

/** Files and folders of the first two levels of `root`, for the `_headers` rules. */
function outputEntries(root: string): OutputEntry[] {
  const entries: OutputEntry[] = [];
  for (const top of readdirSync(root, { withFileTypes: true })) {
    entries.push({ path: top.name, directory: top.isDirectory() });
    if (!top.isDirectory()) continue;
    for (const child of readdirSync(path.join(root, top.name), { withFileTypes: true })) {
      entries.push({ path: `${top.name}/${child.name}`, directory: child.isDirectory() });
    }
  }
  return entries;
}

/** What the scan of the pages found so far. */
class PagesScan {
  readonly collector = new PolicySourceCollector();
  /** Markup no policy allows, as "file: what". */
  readonly problems: string[] = [];

  add({ relative, html }: RenderedPage): void {
    const scan = scanPage(html);
    for (const forbidden of scan.forbidden) this.problems.push(`${relative}: ${forbidden}`);
    this.collector.add(scan);
  }
}

export default function securityHeaders(): AstroIntegration {
  let scan: PagesScan | undefined;
  let subscription: PageSubscription | undefined;
  return {
    name: 'loa:security-headers',
    hooks: {
      'astro:build:start': () => {
        const current = (scan = new PagesScan());
        subscription = readRenderedPages((page) => current.add(page));
      },
      // The headers are written at the end, when every other integration has written its files.
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { collector, problems } = scan!;
        for (const page of subscription!.finish(root).unread) scan!.add(page);
        scan = undefined;
        subscription = undefined;
        if (problems.length > 0) {
          throw new Error(
            'Trang có mã JavaScript viết thẳng trong thuộc tính (onclick=…, javascript:…), chính sách bảo mật (CSP) sẽ chặn. ' +
              'Chuyển mã đó vào một <script> hoặc một custom element. (Inline event handlers or javascript: URLs are not allowed.)\n' +
              problems.slice(0, 20).join('\n'),
          );
        }
        const sources = collector.sources();
        const policy = contentSecurityPolicy(sources);
        writeFileSync(path.join(root, '_headers'), headersFile(outputEntries(root), policy));
        mkdirSync(path.join(root, path.dirname(NGINX_POLICY_FILE)), { recursive: true });
        writeFileSync(path.join(root, NGINX_POLICY_FILE), nginxPolicy(policy));
        logger.info(
          `CSP: ${sources.scripts.length} mã script nội tuyến, ${sources.styles.length + sources.styleAttributes.length} style nội tuyến được phép theo băm SHA-256 ` +
            `(${collector.pages} trang). (Headers written: _headers, ${NGINX_POLICY_FILE}.)`,
        );
      },
    },
  };
}
