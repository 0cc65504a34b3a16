import { createRenderer, ExpressiveCodeBlock } from 'astro-expressive-code';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { EXPRESSIVE_CODE } from './expressive-code';
import { postHtmlForFeed } from './feed-html';
import { headingWrapper } from './heading-anchors';
import { tableScroller } from './scrollable-tables';

/** A code block exactly as Expressive Code renders it for our pages. */
async function renderedCodeBlock(code: string, language: string, meta = ''): Promise<string> {
  const { customCreateAstroRenderer: _, ...options } = EXPRESSIVE_CODE;
  const { ec } = await createRenderer(options);
  const { renderedGroupAst } = await ec.render(new ExpressiveCodeBlock({ code, language, meta }));
  return toHtml(renderedGroupAst);
}

const POST = 'https://blog.example.com/posts/p/';

describe('postHtmlForFeed', () => {
  it('turns a highlighted code block with a title into a plain figure with pre and code', async () => {
    const block = await renderedCodeBlock('const a = 1;\nconst b = a < 2;', 'ts', 'title="src/app.ts" {2}');
    expect(block).toContain('copy');
    expect(postHtmlForFeed(`<p>Before</p>${block}`, POST)).toBe(
      '<p>Before</p><figure><figcaption>src/app.ts</figcaption><pre><code class="language-ts">const a = 1;\nconst b = a &lt; 2;</code></pre></figure>',
    );
  });

  it('keeps a code block without a title as pre and code, indentation included', async () => {
    const block = await renderedCodeBlock('if x:\n    y()', 'python');
    expect(postHtmlForFeed(block, POST)).toBe('<pre><code class="language-python">if x:\n    y()</code></pre>');
  });

  it('drops heading anchors and the page-only wrappers of headings and tables', () => {
    const heading = headingWrapper('h2', 'setup', 'Setup');
    heading.children.unshift({ type: 'element', tagName: 'h2', properties: { id: 'setup' }, children: [{ type: 'text', value: 'Setup' }] });
    const table = tableScroller('Table: A');
    table.children.push({ type: 'element', tagName: 'table', properties: {}, children: [] });
    expect(postHtmlForFeed(toHtml({ type: 'root', children: [heading, table] }), POST)).toBe('<h2 id="setup">Setup</h2><table></table>');
  });

  it('leaves everything else as it was', () => {
    const html = '<p>Text with <a href="https://example.com/">a link</a>, <code>code</code> and <kbd>K</kbd>.</p><details><summary>More</summary><p>x</p></details>';
    expect(postHtmlForFeed(html, POST)).toBe(html);
  });
});
