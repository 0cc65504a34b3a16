import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { droppedProperties, sanitizePostTree } from './sanitize';

const clean = (html: string) => toHtml(sanitizePostTree(fromHtml(html, { fragment: true })));

describe('sanitizePostTree drops what can run code', () => {
  it.each([
    ['a script, with its content', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['a style element, with its content', '<style>body{display:none}</style><p>a</p>', '<p>a</p>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
    ['object and embed', '<object data="x.swf"><embed src="x.swf"></object>', ''],
    ['a form and its controls', '<form action="/steal"><input name="q"><button>Go</button></form>', ''],
    ['meta refresh and base', '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">', ''],
    ['svg with onload, with its content', '<svg onload="alert(1)"><text>x</text></svg>', ''],
    ['math (mutation XSS carrier)', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    ['comments', '<!-- <script>alert(1)</script> -->', ''],
    // HTML reads CDATA as a bogus comment that ends at the first `>`; the rest is plain text.
    ['CDATA', '<![CDATA[<script>alert(2)</script>]]>', 'alert(2)]]>'],
    ['template and noscript', '<template><img src=x onerror=alert(1)></template><noscript><p>x</p></noscript>', ''],
  ])('%s', (_, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  it('drops event handlers and style attributes but keeps the element', () => {
    expect(clean('<p onclick="alert(1)" onmouseover="x()" style="color:red">text</p>')).toBe('<p>text</p>');
    expect(clean('<img src="/a.png" alt="a" onerror="alert(1)">')).toBe('<img src="/a.png" alt="a">');
    expect(clean('<details open ontoggle="alert(1)"><summary>s</summary></details>')).toBe('<details open><summary>s</summary></details>');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav&#x0A;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ])('drops the link URL %s', (url) => {
    expect(clean(`<a href="${url}">x</a>`)).toBe('<a>x</a>');
  });

  it('drops javascript: and data: image sources', () => {
    expect(clean('<img src="javascript:alert(1)" alt="a">')).toBe('<img alt="a">');
    expect(clean('<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="a">')).toBe('<img alt="a">');
  });

  it('keeps attribute-breaking text as an attribute value', () => {
    expect(clean(`<abbr title='"><script>alert(1)</script>'>x</abbr>`)).toBe('<abbr title="&#x22;><script>alert(1)</script>">x</abbr>');
  });
});

describe('sanitizePostTree keeps harmless formatting', () => {
  it.each([
    '<p><kbd>Ctrl</kbd> + <kbd>K</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>hi</mark>, <abbr title="HyperText Markup Language">HTML</abbr><br>next</p>',
    '<details><summary>More</summary><p>Body</p></details>',
    '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    '<img src="https://example.com/a.png" alt="remote"><img src="./diagram.png" alt="local"><img src="/b.png" alt="root">',
    '<a href="https://example.com/">https</a><a href="http://example.com/">http</a><a href="mailto:a@example.com">mail</a><a href="/posts/x/">local</a><a href="#top">fragment</a>',
    '<figure><img src="/a.png" alt="a"><figcaption>Caption</figcaption></figure>',
    '<pre><code class="language-ts">const a = 1;</code></pre>',
  ])('%s', (html) => {
    expect(clean(html)).toBe(html);
  });

  it('turns Markdown table alignment into a class, and any other cell style into nothing', () => {
    expect(clean('<table><tbody><tr><td style="text-align: right">1</td><td style="color: red">2</td></tr></tbody></table>')).toBe(
      '<table><tbody><tr><td class="align-right">1</td><td>2</td></tr></tbody></table>',
    );
  });

  it('prefixes ids against DOM clobbering, and in-page links follow them', () => {
    expect(clean('<p id="fn-1">note</p><a href="#fn-1">1</a><a href="#elsewhere">2</a>')).toBe(
      '<p id="user-content-fn-1">note</p><a href="#user-content-fn-1">1</a><a href="#elsewhere">2</a>',
    );
  });

  it('does not prefix ids twice (Sätteri prefixes footnote ids itself)', () => {
    expect(clean('<a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a><li id="user-content-fn-1">x</li>')).toBe(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="user-content-footnote-label">1</a><li id="user-content-fn-1">x</li>',
    );
  });
});

describe('droppedProperties', () => {
  it.each([
    ['a', { href: 'javascript:alert(1)' }, ['href']],
    ['a', { href: 'jav\tascript:alert(1)', title: 't' }, ['href']],
    ['a', { href: 'https://example.com/', title: 't' }, []],
    ['a', { href: '#user-content-fn-1', id: 'user-content-fnref-1', dataFootnoteRef: '', ariaDescribedBy: ['footnote-label'] }, []],
    ['img', { src: 'data:image/png;base64,AAAA', alt: 'a' }, ['src']],
    ['img', { src: './diagram.png', alt: 'a', title: 't' }, []],
  ])('%s %j drops %j', (tagName, properties, dropped) => {
    expect(droppedProperties({ tagName, properties })).toEqual(dropped);
  });
});
