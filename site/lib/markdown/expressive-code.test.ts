import { createRenderer } from 'astro-expressive-code';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { EXPRESSIVE_CODE, makeCodeBlockMarkupValid } from './expressive-code';

describe('makeCodeBlockMarkupValid', () => {
  it('turns divs inside <pre> and <button> into spans and U+007F in data-code into newlines', () => {
    const block = fromHtml(
      '<div class="expressive-code"><pre><code><div class="ec-line"></div></code></pre><div class="copy"><button data-code="a\u007fb"><div></div></button></div></div>',
      { fragment: true },
    );
    const wrapper = block.children[0] as Parameters<typeof makeCodeBlockMarkupValid>[0];
    makeCodeBlockMarkupValid(wrapper);
    expect(wrapper).toMatchObject({
      tagName: 'div',
      children: [
        { tagName: 'pre', children: [{ tagName: 'code', children: [{ tagName: 'span', properties: { className: ['ec-line'] } }] }] },
        { tagName: 'div', children: [{ tagName: 'button', properties: { dataCode: 'a\nb' }, children: [{ tagName: 'span' }] }] },
      ],
    });
  });
});

describe('code block themes', () => {
  it('follow the system preference unless <html data-theme> says otherwise', async () => {
    const { themeStyles } = await createRenderer(EXPRESSIVE_CODE);
    // Dark through the media query only while the reader has not chosen light...
    expect(themeStyles).toMatch(/@media \(prefers-color-scheme: ?dark\)\{:root:not\(\[data-theme='light'\]\)\{/);
    // ...and dark whenever the reader has chosen dark, whatever the system says.
    expect(themeStyles).toContain(":root[data-theme='dark'] .expressive-code");
  });
});
