// Feed readers show content away from the site, so every link and image in it must be absolute.
import type { Element, Nodes, Root } from 'hast';

const URL_PROPERTIES = ['href', 'src', 'poster', 'cite'] as const;
/** Page machinery that means nothing in a reader (Expressive Code's stylesheet and copy script, for one). */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'link', 'template', 'meta']);

function resolve(value: string, base: URL): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** `srcset` candidates are "url descriptor" pairs separated by commas; our URLs never contain ", ". */
function resolveSrcset(value: string, base: URL): string {
  return value
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [resolve(url, base), ...descriptor].join(' ');
    })
    .join(', ');
}

function rewrite(element: Element, base: URL): void {
  const { properties } = element;
  for (const name of URL_PROPERTIES) {
    const value = properties[name];
    if (typeof value === 'string') properties[name] = resolve(value, base);
  }
  // hast-util-from-html keeps srcset as the attribute's string.
  if (typeof properties.srcSet === 'string') properties.srcSet = resolveSrcset(properties.srcSet, base);
}

function walk(node: Root | Element, base: URL): void {
  node.children = node.children.filter(
    (child: Nodes) => child.type !== 'element' || !DROPPED_ELEMENTS.has(child.tagName),
  ) as typeof node.children;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    rewrite(child, base);
    walk(child, base);
  }
}

/**
 * Rewrites a rendered post body for a feed, in place: relative and root-relative URLs (links,
 * images, srcset, fragments) resolve against the post's absolute URL; scripts and stylesheets go.
 */
export function absolutize(tree: Root, pageUrl: string | URL): void {
  walk(tree, new URL(pageUrl));
}
