// Raw HTML in posts passes only through an allowlist (hast-util-sanitize with POST_BODY_SCHEMA).
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { CELL_ALIGN_STYLE, POST_BODY_SCHEMA } from './sanitize-schema';

const PREFIX = POST_BODY_SCHEMA.clobberPrefix ?? '';

function collectIds(tree: Root | Element, ids: Set<string>): Set<string> {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (typeof child.properties.id === 'string') ids.add(child.properties.id);
    collectIds(child, ids);
  }
  return ids;
}

/**
 * The sanitizer prefixes ids (`fn-1` becomes `user-content-fn-1`) so content cannot clobber page
 * globals; in-page links to those ids (footnotes, an author's own `<a href="#x">`) follow them.
 */
function followPrefixedIds(tree: Root | Element, ids: Set<string>): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const href = child.properties.href;
    if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(PREFIX + href.slice(1))) {
      child.properties.href = `#${PREFIX}${href.slice(1)}`;
    }
    followPrefixedIds(child, ids);
  }
}

/** `<td style="text-align: right">` (all the schema lets through) becomes `<td class="align-right">`. */
function alignCellsByClass(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const style = child.properties.style;
    if (typeof style === 'string') {
      delete child.properties.style;
      const align = CELL_ALIGN_STYLE.exec(style)?.[1];
      if (align) child.properties.className = [`align-${align}`];
    }
    alignCellsByClass(child);
  }
}

/** Returns a new tree with only allowlisted elements, attributes and URL schemes. */
export function sanitizePostTree(tree: Readonly<Root>): Root {
  const clean = sanitize(tree, POST_BODY_SCHEMA);
  const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [] };
  alignCellsByClass(root);
  if (PREFIX) followPrefixedIds(root, collectIds(root, new Set()));
  return root;
}
