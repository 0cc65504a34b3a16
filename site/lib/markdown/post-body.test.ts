// The pipeline as Astro runs it: Astro's Sätteri renderer with our options (Expressive Code is
// covered by the build test, since it is added by its integration).
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { POST_BODY_MARKDOWN } from './post-body';

/** Renders like Astro does; `seen` collects each <code>'s data as the next plugin (Expressive Code's place) sees it. */
async function render(markdown: string) {
  const seen: unknown[] = [];
  const spy: HastPluginDefinition = { name: 'spy', element: { filter: ['code'], visit: (node) => void seen.push(node.data) } };
  const processor = await createSatteriMarkdownProcessor({
    ...POST_BODY_MARKDOWN,
    hastPlugins: [...POST_BODY_MARKDOWN.hastPlugins, spy],
    syntaxHighlight: false,
  });
  const { code, metadata } = await processor.render(markdown, { frontmatter: {} });
  return { html: code, tree: fromHtml(code, { fragment: true }), headings: metadata.headings, codeData: seen };
}

function all(tree: { children: unknown[] }, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of tree.children as Element[]) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    all(child, test, found);
  }
  return found;
}

describe('post body pipeline', () => {
  it('keeps the headings array clean: text without anchor text, slugs that match the ids', async () => {
    const { tree, headings } = await render('## Getting `started`\n\n### Step one\n\n## Getting started\n\n##### Deep\n');
    expect(headings).toEqual([
      { depth: 2, slug: 'getting-started', text: 'Getting started' },
      { depth: 3, slug: 'step-one', text: 'Step one' },
      { depth: 2, slug: 'getting-started-1', text: 'Getting started' },
      { depth: 5, slug: 'deep', text: 'Deep' },
    ]);
    const ids = all(tree, (el) => /^h\d$/.test(el.tagName)).map((el) => el.properties.id);
    expect(ids).toEqual(headings.map((heading) => heading.slug));
  });

  it('adds a named anchor after each h2-h4, outside the heading', async () => {
    const { tree } = await render('## Getting started\n\n### Step one\n\n#### Detail\n\n##### Deep\n');
    const anchors = all(tree, (el) => el.tagName === 'a');
    expect(anchors.map((a) => a.properties.href)).toEqual(['#getting-started', '#step-one', '#detail']);
    const [first] = all(tree, (el) => el.tagName === 'div' && String(el.properties.className).includes('heading'));
    expect(first?.children.map((child) => (child as Element).tagName)).toEqual(['h2', 'a']);
    expect(first?.children[1]).toMatchObject({
      properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
      children: [
        { properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: 'Link to section: Getting started' }] },
        { properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      ],
    });
  });

  it("hands each fence's language and meta to the next plugin despite the raw-HTML reparse", async () => {
    const { codeData } = await render('<kbd>x</kbd>\n\n```ts title="src/app.ts" {2-4}\nconst a = 1;\n```\n\n```\nplain\n```\n');
    expect(codeData).toEqual([{ lang: 'ts', meta: 'title="src/app.ts" {2-4}' }, undefined]);
  });

  it('drops unsafe Markdown link and image URLs in a post without raw HTML', async () => {
    const { tree } = await render('[a](javascript:alert(1)) [b](https://example.com/) ![c](data:image/png;base64,AAAA) ![d](https://example.com/d.png)\n\n[e][x]\n\n[x]: vbscript:msgbox(1)\n');
    const links = all(tree, (el) => el.tagName === 'a' || el.tagName === 'img');
    expect(links.map((el) => el.properties.href ?? el.properties.src ?? null)).toEqual([null, 'https://example.com/', null, 'https://example.com/d.png', null]);
  });

  it('sanitizes raw HTML and Markdown links alike', async () => {
    const { tree, html } = await render(
      '[md](javascript:alert(1)) <javascript:alert(2)> ![img](javascript:alert(3))\n\n<img src=x onerror=alert(4)>\n\n<script>alert(5)</script>\n\n[ref][evil]\n\n[evil]: vbscript:msgbox(6)\n',
    );
    const links = all(tree, (el) => el.tagName === 'a' || el.tagName === 'img');
    // The raw <img src=x> keeps its harmless relative URL; every dangerous URL is gone.
    expect(links.map((el) => el.properties.href ?? el.properties.src ?? null)).toEqual([null, null, null, 'x', null]);
    expect(html).not.toMatch(/<script|onerror/);
  });

  it('keeps Markdown inside a <details> that spans several blocks', async () => {
    const { tree } = await render('<details>\n<summary>More</summary>\n\nInside **bold**.\n\n</details>\n\nAfter.\n');
    const [details] = all(tree, (el) => el.tagName === 'details');
    expect(all(details!, (el) => el.tagName === 'strong')).toHaveLength(1);
    expect(all(details!, (el) => el.tagName === 'summary')).toHaveLength(1);
  });

  it.each([
    ['without raw HTML', ''],
    ['with raw HTML (sanitized as a whole)', '<kbd>x</kbd>\n\n'],
  ])('keeps footnote links pointing at their targets, %s', async (_, prefix) => {
    const { tree } = await render(`${prefix}Claim[^1].\n\n[^1]: Source.\n`);
    const ids = new Set(all(tree, (el) => typeof el.properties.id === 'string').map((el) => el.properties.id));
    const targets = all(tree, (el) => el.tagName === 'a').map((a) => String(a.properties.href).slice(1));
    expect(targets).toEqual(['user-content-fn-1', 'user-content-fnref-1']);
    for (const target of targets) expect(ids).toContain(target);
    const [reference] = all(tree, (el) => el.properties.dataFootnoteRef !== undefined);
    for (const described of reference!.properties.ariaDescribedBy as string[]) expect(ids).toContain(described);
  });

  it.each([
    ['without raw HTML', ''],
    ['with raw HTML', '<kbd>x</kbd>\n\n'],
  ])('keeps table alignment as classes, %s', async (_, prefix) => {
    const { html } = await render(`${prefix}| a | b | c |\n|:--|--:|---|\n| 1 | 2 | 3 |\n`);
    expect(html).toContain('<td class="align-left">1</td>');
    expect(html).toContain('<td class="align-right">2</td>');
    expect(html).toContain('<td>3</td>');
    expect(html).not.toContain('style=');
  });

  it('leaves local Markdown images to astro:assets', async () => {
    const { html } = await render('![A diagram](./diagram.png)\n');
    expect(html).toContain('__ASTRO_IMAGE_');
    expect(html).toContain('./diagram.png');
  });
});
