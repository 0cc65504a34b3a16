// Heading ids and "link to this section" anchors for post bodies.
import type { Element, ElementContent, Root } from 'hast';
import Slugger from 'github-slugger';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ANCHORED = new Set(['h2', 'h3', 'h4']);

/** Concatenated text of the descendants, as Astro reads a heading's text for `headings`. */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function visitHeadings(tree: Root | Element, visit: (heading: Element) => void): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (HEADINGS.has(child.tagName)) visit(child);
    else visitHeadings(child, visit);
  }
}

/**
 * Gives every heading without an id the slug Astro would give it (github-slugger over its text,
 * in document order), so Astro's own heading pass, which keeps existing ids, returns the same
 * `headings` it always did and the anchors below point at them.
 */
export function addHeadingIds(tree: Root): void {
  const slugger = new Slugger();
  visitHeadings(tree, (heading) => {
    if (typeof heading.properties.id !== 'string') heading.properties.id = slugger.slug(textOf(heading));
  });
}

/** A heading in the footnotes section (`<h2 class="sr-only">Footnotes</h2>`) is not a section. */
function isSectionHeading(element: Element): boolean {
  const classes = element.properties.className;
  return ANCHORED.has(element.tagName) && !(Array.isArray(classes) && classes.includes('sr-only'));
}

/**
 * After each h2-h4: `<a class="heading-anchor" href="#id">` with a visually hidden name, "Link to
 * section: <heading>", and a `#` hidden from assistive technology. The link sits beside the heading
 * (both in a `div.heading`), not inside it, so the heading's text and accessible name stay clean.
 */
export const addHeadingAnchors: (tree: Root) => void = rehypeAutolinkHeadings({
  behavior: 'after',
  test: isSectionHeading,
  group: (heading) => ({ type: 'element', tagName: 'div', properties: { className: ['heading', `heading-${heading.tagName}`] }, children: [] }),
  properties: { className: ['heading-anchor'], dataPagefindIgnore: true },
  content: (heading) => [
    { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to section: ${textOf(heading)}` }] },
    { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
  ],
});
