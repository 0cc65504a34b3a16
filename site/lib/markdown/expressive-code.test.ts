import { createRenderer } from 'astro-expressive-code';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { EXPRESSIVE_CODE, makeCodeBlockMarkupValid, renameTokenVariables } from './expressive-code';

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

describe('renameTokenVariables', () => {
  it('renames digit-led token variables in declarations and var() references, nothing else', () => {
    expect(renameTokenVariables('--0:#BF3441;--1:#F97583;--0fs:italic;--ecMaxLine:57ch')).toBe('--ec0:#BF3441;--ec1:#F97583;--ec0fs:italic;--ecMaxLine:57ch');
    expect(renameTokenVariables("span[style^='--']{color:var(--1, inherit);background-color:var(--1bg, transparent);margin:calc(1px --1px)}")).toBe(
      "span[style^='--']{color:var(--ec1, inherit);background-color:var(--ec1bg, transparent);margin:calc(1px --1px)}",
    );
  });

  it('leaves no digit-led variable in the stylesheet Expressive Code generates', async () => {
    const { baseStyles, themeStyles } = await createRenderer(EXPRESSIVE_CODE);
    const renamed = renameTokenVariables(baseStyles + themeStyles);
    expect(renamed).toMatch(/var\(--ec0\b/);
    expect(renamed).not.toMatch(/--\d/);
  });
});

describe('code block themes', () => {
  it('are one dark theme whatever the page theme, so each block is highlighted once', async () => {
    const { themeStyles } = await createRenderer(EXPRESSIVE_CODE);
    expect(EXPRESSIVE_CODE.themes).toHaveLength(1);
    expect(themeStyles).not.toMatch(/prefers-color-scheme/);
    expect(themeStyles).not.toContain("data-theme='dark'");
  });
});
