// The allowlist for HTML in post bodies: GitHub's rules (hast-util-sanitize's default schema), a
// few more formatting tags, fewer URL schemes, and dangerous elements dropped with their content.
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const defaultTags = defaultSchema.tagNames ?? [];
const defaultAttributes = defaultSchema.attributes ?? {};

/** Harmless formatting GitHub's list leaves out. */
const EXTRA_TAGS = ['abbr', 'caption', 'cite', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u'];

/**
 * Removed together with their content. Anything else not allowed is unwrapped (its text stays),
 * which for these would print CSS, scripts or fallback markup as visible text.
 */
const DROPPED_WITH_CONTENT = [
  'applet', 'audio', 'base', 'button', 'canvas', 'embed', 'form', 'frame', 'frameset', 'iframe', 'link',
  'math', 'meta', 'noembed', 'noframes', 'noscript', 'object', 'plaintext', 'script', 'select', 'style',
  'svg', 'template', 'textarea', 'title', 'video', 'xmp',
];

/**
 * `pre[data-fence]` is the index of a code fence's info (language and meta) that the Markdown
 * phase recorded; see fence-info.ts. At worst, raw HTML can point at another fence's info.
 */
export const FENCE_PROPERTY = 'dataFence';

/**
 * The one `style` let through, and only on table cells: the alignment Sätteri writes for
 * `|:--|--:|`. sanitize.ts turns it into an `align-*` class right away, so no `style` reaches a page.
 */
export const CELL_ALIGN_STYLE = /^text-align: ?(left|center|right);?$/;

export const POST_BODY_SCHEMA: Schema = {
  ...defaultSchema,
  // `source` would bring `srcset`, whose URLs no protocol check covers; a bare `picture` is useless.
  tagNames: [...defaultTags.filter((name) => name !== 'picture' && name !== 'source'), ...EXTRA_TAGS],
  strip: DROPPED_WITH_CONTENT,
  attributes: {
    ...defaultAttributes,
    pre: [FENCE_PROPERTY],
    td: [['style', CELL_ALIGN_STYLE]],
    th: [['style', CELL_ALIGN_STYLE]],
    // On every element: GitHub's list (no `on*`, no `style`), less the form attributes, since
    // forms are dropped anyway.
    '*': (defaultAttributes['*'] ?? []).filter((name) => !['accept', 'acceptCharset', 'action', 'encType', 'method'].includes(String(name))),
  },
  // No irc/xmpp links in a blog, and no `data:`/`javascript:`/`vbscript:` anywhere (relative
  // URLs are always allowed). Images only over http(s) or from the site itself.
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
};
