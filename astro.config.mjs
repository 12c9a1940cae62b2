// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import sitemap from './src/integrations/sitemap.ts';
import shareCards from './src/integrations/share-cards.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { site } from './site.config.ts';

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // MDX `optimize` compiles the static parts of a body to HTML strings: smaller modules for the
  // bundler to hold, the same pages. securityHeaders last: it reads the HTML the others wrote.
  integrations: [contentCheck(), mdx({ optimize: true }), shareCards(), sitemap(), pagefindIndex(), securityHeaders()],
});
