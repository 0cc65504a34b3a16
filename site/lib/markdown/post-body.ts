// The Sätteri pipeline for post bodies: `satteri(POST_BODY_MARKDOWN)` in astro.config.mjs.
// Order of the HTML phase in Astro: our plugins, then Expressive Code (it appends itself), then
// Astro's image marker and heading-id passes. So the sanitizer sees every raw tag before anything
// trusted is added, and Astro's passes see the clean tree with our heading ids.
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { recordFenceInfo, restoreFenceInfo } from './fence-info';
import { addHeadingAnchors } from './heading-anchors';
import { detectRawHtml, sanitizeRawHtml } from './sanitize';
import { wrapTablesForScrolling } from './scrollable-tables';

export const POST_BODY_MARKDOWN = {
  features: {
    // Raw HTML becomes real elements (also tags split across Markdown blocks, like a <details>
    // around paragraphs), so the sanitizer judges elements, never strings.
    rawHtml: true,
  },
  mdastPlugins: [detectRawHtml, recordFenceInfo] as MdastPluginEntry[],
  hastPlugins: [sanitizeRawHtml, restoreFenceInfo, addHeadingAnchors, wrapTablesForScrolling] as HastPluginEntry[],
};
