// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { apiDocsAssets } from './site/integrations/api-docs-assets.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:8787',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'always',
  integrations: [react(), apiDocsAssets()],
});
