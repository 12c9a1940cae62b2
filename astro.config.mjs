// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import sitemap from './src/integrations/sitemap.ts';
import shareCards from './src/integrations/share-cards.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import modulePreload from './src/integrations/module-preload.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { site } from './site.config.ts';

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  // Four pages rendered at a time: while one waits on a file or a share card, another renders
  // (about 15 % faster on a large site; every page is independent, the output the same).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro's caches (the content store, rendered bodies, optimised images) in the project's .cache/
  // beside the share cards: one folder to keep between builds, and never shared between two
  // copies of the project that link the same node_modules.
  cacheDir: './.cache/astro',
  // MDX `optimize` compiles the static parts of a body to HTML strings: smaller modules for the
  // bundler to hold, the same pages. securityHeaders last: it reads the HTML the others wrote.
  integrations: [contentCheck(), mdx({ optimize: true }), shareCards(), sitemap(), pagefindIndex(), modulePreload(), securityHeaders()],
  vite: {
    build: {
      // Fonts stay files, however small: the Content-Security-Policy takes fonts from the site
      // only (font-src 'self'), and a data: URL in the stylesheet would be refused.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rollupOptions: {
        // Astro marks every MDX module with a directive the bundler warns about once per file
        // (withastro/astro#18087); on a large archive that is thousands of lines hiding real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
