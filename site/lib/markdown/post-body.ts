// The Sätteri pipeline for post bodies: `satteri(POST_BODY_MARKDOWN)` in astro.config.mjs.
// Order of the HTML phase in Astro: our plugin, then Expressive Code (it appends itself), then
// Astro's image marker and heading-id passes, so we see every raw tag before anything trusted is
// added, and Astro's passes see the clean tree.
import type { Root } from 'hast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { recordFenceInfo, restoreFenceInfo } from './fence-info';
import { addHeadingAnchors, addHeadingIds } from './heading-anchors';
import { sanitizePostTree } from './sanitize';
import { wrapTablesForScrolling } from './scrollable-tables';

/** Sanitizes the whole tree, then adds code-fence info, heading ids and anchors and table wrappers to the clean copy. */
export const cleanPostBody: HastPluginDefinition = {
  name: 'clean-post-body',
  before(root, ctx) {
    const tree = sanitizePostTree(root as Root);
    restoreFenceInfo(tree, ctx.data.fences ?? []);
    addHeadingIds(tree);
    addHeadingAnchors(tree);
    wrapTablesForScrolling(tree);
    ctx.replaceNode(root, tree);
  },
};

export const POST_BODY_MARKDOWN = {
  features: {
    // Raw HTML becomes real elements (also tags split across Markdown blocks, like a <details>
    // around paragraphs), so the sanitizer judges elements, never strings.
    rawHtml: true,
    // The sanitizer prefixes ids itself; Sätteri's own `user-content-` would be doubled.
    gfm: { footnotes: { clobberPrefix: '' } },
  },
  mdastPlugins: [recordFenceInfo] as MdastPluginDefinition[],
  hastPlugins: [cleanPostBody] as HastPluginDefinition[],
};
