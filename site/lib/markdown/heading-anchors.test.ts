import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { addHeadingAnchors, addHeadingIds } from './heading-anchors';

const tree = (html: string): Root => fromHtml(html, { fragment: true });

describe('addHeadingIds', () => {
  it('slugs heading text like Astro, numbering repeats, and keeps ids that are already set', () => {
    const root = tree('<h2>Why <code>fsync</code> matters?</h2><h3 id="custom">Custom</h3><h2>Why fsync matters</h2><h5>Ünïcode 2</h5>');
    addHeadingIds(root);
    expect((root.children as Element[]).map((heading) => heading.properties.id)).toEqual(['why-fsync-matters', 'custom', 'why-fsync-matters-1', 'ünïcode-2']);
  });
});

describe('addHeadingAnchors', () => {
  it('links h2-h4 from beside the heading, with a hidden name and an aria-hidden mark', () => {
    const root = tree('<h2 id="a">Alpha</h2><h4 id="b">Beta</h4><h5 id="c">Gamma</h5><h1 id="d">Delta</h1>');
    addHeadingAnchors(root);
    expect(toHtml(root)).toBe(
      '<div class="heading heading-h2"><h2 id="a">Alpha</h2><a class="heading-anchor" data-pagefind-ignore href="#a"><span class="visually-hidden">Link to section: Alpha</span><span aria-hidden="true">#</span></a></div>' +
        '<div class="heading heading-h4"><h4 id="b">Beta</h4><a class="heading-anchor" data-pagefind-ignore href="#b"><span class="visually-hidden">Link to section: Beta</span><span aria-hidden="true">#</span></a></div>' +
        '<h5 id="c">Gamma</h5><h1 id="d">Delta</h1>',
    );
  });

  it('leaves the visually hidden footnotes heading alone', () => {
    const html = '<section class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2></section>';
    const root = tree(html);
    addHeadingAnchors(root);
    expect(toHtml(root)).toBe(html);
  });
});
