// Heading ids and "link to this section" anchors for post bodies.
import type { Element, ElementContent } from 'hast';
import Slugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

const ANCHORED = new Set(['h2', 'h3', 'h4']);

/** A heading in the footnotes section (`<h2 class="sr-only">Footnotes</h2>`) is not a section. */
function isSectionHeading(heading: Pick<Element, 'tagName' | 'properties'>): boolean {
  const classes = heading.properties.className;
  return ANCHORED.has(heading.tagName) && !(Array.isArray(classes) && classes.includes('sr-only'));
}

/**
 * The wrapper that goes around an h2-h4: `div.heading` holding the heading, then
 * `<a class="heading-anchor" href="#id">` with a visually hidden name, "Link to section: <heading>",
 * and a `#` hidden from assistive technology. The link sits beside the heading, not inside it, so
 * the heading's text (Astro's `headings`) and accessible name stay clean.
 */
export function headingWrapper(tagName: string, id: string, text: string): Element {
  const anchor: ElementContent = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: true },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Link to section: ${text}` }] },
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
    ],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['heading', `heading-${tagName}`] }, children: [anchor] };
}

/**
 * Gives every heading without an id the slug Astro would give it (github-slugger over its text, in
 * document order), so Astro's own heading pass, which keeps existing ids, returns the same
 * `headings` it always did, and wraps h2-h4 with their anchor. A factory: one slugger per post.
 */
export const addHeadingAnchors: HastPluginEntry = () => {
  const slugger = new Slugger();
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(heading, ctx) {
        const text = ctx.textContent(heading);
        let id = heading.properties.id;
        if (typeof id !== 'string') {
          id = slugger.slug(text);
          ctx.setProperty(heading, 'id', id);
        }
        if (isSectionHeading(heading)) ctx.wrapNode(heading, headingWrapper(heading.tagName, id, text));
      },
    },
  };
};
