import { describe, expect, it } from 'vitest';
import { postHtmlForFeed } from '../markdown/feed-html';

// absolutize runs inside postHtmlForFeed, which leaves plain HTML otherwise unchanged.
const absolutizeHtml = postHtmlForFeed;

const POST = 'https://blog.example.com/posts/zero-downtime/';

describe('feed bodies with absolute URLs', () => {
  it('makes astro:assets image URLs absolute, in src and every srcset candidate', () => {
    const html = absolutizeHtml(
      '<img src="/_astro/diagram.abc.webp" srcset="/_astro/diagram.abc_640.webp 640w, /_astro/diagram.abc_960.webp 960w" alt="Diagram" width="1000" height="500">',
      POST,
    );
    expect(html).toContain('src="https://blog.example.com/_astro/diagram.abc.webp"');
    expect(html).toContain(
      'srcset="https://blog.example.com/_astro/diagram.abc_640.webp 640w, https://blog.example.com/_astro/diagram.abc_960.webp 960w"',
    );
    expect(html).toContain('alt="Diagram"');
  });

  it('resolves root-relative, relative and fragment links against the post URL', () => {
    const html = absolutizeHtml('<a href="/tags/rust/">r</a><a href="../other/">o</a><a href="#why">w</a>', POST);
    expect(html).toContain('href="https://blog.example.com/tags/rust/"');
    expect(html).toContain('href="https://blog.example.com/posts/other/"');
    expect(html).toContain('href="https://blog.example.com/posts/zero-downtime/#why"');
  });

  it('leaves links to other sites and mailto links alone', () => {
    const html = absolutizeHtml('<a href="https://kubernetes.io/docs/">k</a><a href="mailto:a@b.example">m</a>', POST);
    expect(html).toContain('href="https://kubernetes.io/docs/"');
    expect(html).toContain('href="mailto:a@b.example"');
  });

  it('drops scripts, styles and stylesheet links but keeps the code they sat beside', () => {
    const html = absolutizeHtml(
      '<link rel="stylesheet" href="/_astro/ec.css"><script type="module" src="/_astro/ec.js"></script><style>p{}</style><pre><code>let x = 1;</code></pre>',
      POST,
    );
    expect(html).not.toMatch(/<(script|link|style)\b/);
    expect(html).toContain('<pre><code>let x = 1;</code></pre>');
  });

  it('keeps text escaped when it serializes the tree again', () => {
    expect(absolutizeHtml("<p>a &lt;b&gt; &amp; c</p>", POST)).toBe("<p>a &lt;b> &amp; c</p>");
  });
});
