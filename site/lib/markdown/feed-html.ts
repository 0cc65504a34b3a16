// Post HTML for feeds (RSS, Atom, JSON Feed). Feed readers apply none of our CSS or scripts, so what
// the pipeline adds for the page would show up as clutter: "Link to section: ...#" after every
// heading, copy buttons, token spans, the code-block stylesheet and script. This turns the rendered
// body back into plain semantic HTML.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { absolutize } from '../feeds/absolute-html';

type Parent = Root | Element;

const classes = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(textOf).join('') : '';
}

function findAll(parent: Parent, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    else findAll(child, test, found);
  }
  return found;
}

/** An Expressive Code frame becomes `<pre><code class="language-x">`, in a figure when it has a title. */
function plainCodeBlock(frame: Element): Element {
  const pre = findAll(frame, (el) => el.tagName === 'pre')[0];
  const language = pre?.properties.dataLanguage;
  const lines = findAll(frame, (el) => classes(el).includes('ec-line')).map(textOf);
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: typeof language === 'string' && language ? { className: [`language-${language}`] } : {},
    children: [{ type: 'text', value: lines.join('\n') }],
  };
  const block: Element = { type: 'element', tagName: 'pre', properties: {}, children: [code] };
  const title = findAll(frame, (el) => classes(el).includes('title')).map(textOf).join('').trim();
  if (!title) return block;
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] }, block],
  };
}

function simplify(parent: Parent): void {
  parent.children = parent.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return child.type === 'text' || child.type === 'comment' ? [child] : [];
    const names = classes(child);
    if (names.includes('expressive-code')) return [plainCodeBlock(child)];
    if (names.includes('heading-anchor')) return [];
    simplify(child);
    // div.heading (heading + anchor) and div.table-scroll only serve the page.
    if (child.tagName === 'div' && (names.includes('heading') || names.includes('table-scroll'))) return child.children;
    return [child];
  });
}

/**
 * The rendered body of a post (what `<Content />` holds) for a feed: plain semantic HTML with
 * absolute URLs. One parse for both steps: feeds parse up to 20 bodies per listing.
 */
export function postHtmlForFeed(html: string, pageUrl: string | URL): string {
  const tree = fromHtml(html, { fragment: true });
  simplify(tree);
  absolutize(tree, pageUrl);
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}
