// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import sitemap from './src/integrations/sitemap.ts';
import shareCards from './src/integrations/share-cards.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { site } from './site.config.ts';

export default defineConfig({
  site: site.baseUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [contentCheck(), mdx(), shareCards(), sitemap(), pagefindIndex()],
});
