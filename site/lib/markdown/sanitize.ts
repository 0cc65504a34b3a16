// Raw HTML in posts passes only through an allowlist (hast-util-sanitize with POST_BODY_SCHEMA).
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { CELL_ALIGN_STYLE, POST_BODY_SCHEMA } from './sanitize-schema';

declare module 'satteri' {
  interface DataMap {
    hasRawHtml: boolean;
  }
}

const PREFIX = POST_BODY_SCHEMA.clobberPrefix ?? '';
const CLOBBERED = POST_BODY_SCHEMA.clobber ?? [];

type Parent = Root | Element;

function forEachElement(tree: Parent, visit: (element: Element) => void): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    visit(child);
    forEachElement(child, visit);
  }
}

/** `<td style="text-align: right">` (all the schema lets through) becomes `<td class="align-right">`. */
export function cellAlignClass(style: unknown): string[] | undefined {
  const align = typeof style === 'string' ? CELL_ALIGN_STYLE.exec(style)?.[1] : undefined;
  return align ? [`align-${align}`] : undefined;
}

function alignCellsByClass(element: Element): void {
  if (element.properties.style === undefined) return;
  const className = cellAlignClass(element.properties.style);
  delete element.properties.style;
  if (className) element.properties.className = className;
}

/**
 * The sanitizer prefixes ids (`fn-1` becomes `user-content-fn-1`) so content cannot clobber page
 * globals. Ids Sätteri already prefixed (footnotes) must not get a second prefix.
 */
function undoublePrefix(element: Element): void {
  for (const key of CLOBBERED) {
    const value = element.properties[key];
    const undouble = (item: string | number) => (typeof item === 'string' && item.startsWith(PREFIX + PREFIX) ? item.slice(PREFIX.length) : item);
    if (typeof value === 'string') element.properties[key] = undouble(value);
    else if (Array.isArray(value)) element.properties[key] = value.map(undouble);
  }
}

/** In-page links to an id the sanitizer prefixed (an author's own `<a href="#x">`) follow it. */
function followPrefixedIds(tree: Parent): void {
  const ids = new Set<string>();
  forEachElement(tree, (element) => {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
  });
  forEachElement(tree, (element) => {
    const href = element.properties.href;
    if (element.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && !ids.has(href.slice(1)) && ids.has(PREFIX + href.slice(1))) {
      element.properties.href = `#${PREFIX}${href.slice(1)}`;
    }
  });
}

/** Returns a new tree with only allowlisted elements, attributes and URL schemes. */
export function sanitizePostTree(tree: Readonly<Root>): Root {
  const clean = sanitize(tree, POST_BODY_SCHEMA);
  const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [] };
  forEachElement(root, (element) => {
    alignCellsByClass(element);
    if (PREFIX) undoublePrefix(element);
  });
  if (PREFIX) followPrefixedIds(root);
  return root;
}

/** Property names of a Markdown-made element (link, image) that the allowlist would remove. */
export function droppedProperties(element: Pick<Element, 'tagName' | 'properties'>): string[] {
  const clean = sanitize({ type: 'element', tagName: element.tagName, properties: element.properties, children: [] }, POST_BODY_SCHEMA);
  const kept = clean.type === 'element' ? clean.properties : {};
  return Object.keys(element.properties).filter((key) => !(key in kept));
}

/** Markdown phase: notes whether the post has any raw HTML (an `html` node, inline or block). */
export const detectRawHtml: MdastPluginDefinition = {
  name: 'detect-raw-html',
  html(_, ctx) {
    ctx.data.hasRawHtml = true;
  },
};

/**
 * HTML phase. With raw HTML, the whole tree goes through the sanitizer. Without raw HTML, every
 * element came from Markdown syntax and only link and image URLs can be unsafe
 * (`[x](javascript:...)`); those are checked with the same allowlist, element by element, which
 * spares most posts the cost of materializing their whole tree in JavaScript (several times the
 * cost of parsing it). Table cells get the same alignment classes either way.
 */
export const sanitizeRawHtml: HastPluginDefinition = {
  name: 'sanitize-raw-html',
  before(root, ctx) {
    if (ctx.data.hasRawHtml) ctx.replaceNode(root, sanitizePostTree(root as Root));
  },
  element: {
    filter: ['a', 'img', 'td', 'th'],
    visit(element, ctx) {
      if (ctx.data.hasRawHtml) return;
      for (const key of droppedProperties(element)) ctx.setProperty(element, key, null);
      if (element.properties.style !== undefined) {
        ctx.setProperty(element, 'style', null);
        const className = cellAlignClass(element.properties.style);
        if (className) ctx.setProperty(element, 'className', className);
      }
    },
  },
};
