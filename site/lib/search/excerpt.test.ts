import { describe, expect, it } from 'vitest';
import { escapeHtml, excerptToSafeHtml } from './excerpt';

/** Every tag left in the output, so a test can say "only <mark> came through". */
const tagsIn = (html: string) => html.match(/<\/?[a-z][^>]*>/gi) ?? [];

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Zero-downtime deploys on Kubernetes')).toBe('Zero-downtime deploys on Kubernetes');
  });
});

describe('excerptToSafeHtml', () => {
  it('keeps the highlight marks Pagefind put around hits', () => {
    expect(excerptToSafeHtml('rolling <mark>updates</mark> on <mark>Kubernetes</mark>')).toBe(
      'rolling <mark>updates</mark> on <mark>Kubernetes</mark>',
    );
  });

  it('shows markup from the post text as text', () => {
    const html = excerptToSafeHtml('Keep the LCP image as a plain <img src=x onerror=alert(1)> in the <mark>markup</mark>');
    expect(html).toBe('Keep the LCP image as a plain &lt;img src=x onerror=alert(1)&gt; in the <mark>markup</mark>');
    expect(tagsIn(html)).toEqual(['<mark>', '</mark>']);
  });

  it('escapes script tags, event handlers and javascript: URLs around a hit', () => {
    const html = excerptToSafeHtml('<script>alert(1)</script><a href="javascript:alert(2)"><mark>hit</mark></a><svg onload=alert(3)>');
    expect(tagsIn(html)).toEqual(['<mark>', '</mark>']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;a href=&quot;javascript:alert(2)&quot;&gt;');
  });

  it('does not restore a mark that carries attributes', () => {
    const html = excerptToSafeHtml('<mark onclick="alert(1)">x</mark> and <mark class=a>y</mark>');
    expect(tagsIn(html)).toEqual([]);
    expect(html).toBe('&lt;mark onclick=&quot;alert(1)&quot;&gt;x&lt;/mark&gt; and &lt;mark class=a&gt;y&lt;/mark&gt;');
  });

  it('does not restore an unbalanced mark', () => {
    expect(excerptToSafeHtml('an <mark>open mark')).toBe('an &lt;mark&gt;open mark');
    expect(excerptToSafeHtml('a stray </mark> close')).toBe('a stray &lt;/mark&gt; close');
  });

  it('never produces nested marks', () => {
    const html = excerptToSafeHtml('<mark>a <mark>b</mark> c</mark>');
    expect(html).toBe('&lt;mark&gt;a <mark>b</mark> c&lt;/mark&gt;');
    expect(tagsIn(html)).toEqual(['<mark>', '</mark>']);
  });

  it('keeps entities in the text literal instead of decoding them', () => {
    expect(excerptToSafeHtml('&lt;b&gt; is <mark>bold</mark>')).toBe('&amp;lt;b&amp;gt; is <mark>bold</mark>');
  });

  it('escapes case variants of mark instead of restoring them', () => {
    expect(tagsIn(excerptToSafeHtml('<MARK>x</MARK>'))).toEqual([]);
  });
});
