import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { addHeadingAnchors } from './heading-anchors';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [addHeadingAnchors] })).html.trim();
const anchor = (id: string, text: string) =>
  `<a class="heading-anchor" href="#${id}" data-pagefind-ignore><span class="visually-hidden">Link to section: ${text}</span><span aria-hidden="true">#</span></a>`;

describe('addHeadingAnchors', () => {
  it('slugs heading text like Astro (github-slugger, numbered repeats) and links h2-h4 from beside the heading', async () => {
    expect(await render('## Why `fsync` matters?\n\n### Step\n\n## Why fsync matters\n\n#### Détails\n')).toBe(
      [
        `<div class="heading heading-h2"><h2 id="why-fsync-matters">Why <code>fsync</code> matters?</h2>${anchor('why-fsync-matters', 'Why fsync matters?')}</div>`,
        `<div class="heading heading-h3"><h3 id="step">Step</h3>${anchor('step', 'Step')}</div>`,
        `<div class="heading heading-h2"><h2 id="why-fsync-matters-1">Why fsync matters</h2>${anchor('why-fsync-matters-1', 'Why fsync matters')}</div>`,
        `<div class="heading heading-h4"><h4 id="détails">Détails</h4>${anchor('détails', 'Détails')}</div>`,
      ].join('\n'),
    );
  });

  it('gives h1, h5 and h6 ids but no anchor', async () => {
    expect(await render('# Top\n\n##### Five\n\n###### Six\n')).toBe('<h1 id="top">Top</h1>\n<h5 id="five">Five</h5>\n<h6 id="six">Six</h6>');
  });

  it('keeps an id that is already set, and starts numbering afresh in every post', async () => {
    const { html } = await markdownToHtml('<h2 id="custom">Custom</h2>\n\n## Custom\n', { features: { rawHtml: true }, hastPlugins: [addHeadingAnchors] });
    expect(html).toContain('<h2 id="custom">Custom</h2>');
    expect(html).toContain('<h2 id="custom">Custom</h2>' + anchor('custom', 'Custom'));
    expect(await render('## Step\n')).toContain('id="step"');
    expect(await render('## Step\n')).toContain('id="step"');
  });

  it('leaves the visually hidden footnotes heading without an anchor', async () => {
    const html = await render('Claim[^1].\n\n[^1]: Source.\n');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Footnotes</h2>');
    expect(html).not.toContain('heading-anchor');
  });
});
