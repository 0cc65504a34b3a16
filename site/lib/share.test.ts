import { describe, expect, it } from 'vitest';
import { shareLinks } from './share';

describe('shareLinks', () => {
  const links = shareLinks('https://blog.example/posts/a-b/?x=1&y=2', 'Tips & tricks: "quotes" <b>');

  it('offers X, LinkedIn, Mastodon, Hacker News, Reddit and email', () => {
    expect(links.map((link) => link.label)).toEqual(['X', 'LinkedIn', 'Mastodon', 'Hacker News', 'Reddit', 'Email']);
  });

  it('encodes the URL and title so neither can break out of its parameter', () => {
    for (const { href } of links) {
      expect(href).toContain(encodeURIComponent('https://blog.example/posts/a-b/?x=1&y=2'));
      expect(href).not.toMatch(/[<>"]/);
      expect(href).not.toContain('&y=2');
    }
  });

  it('uses only https and mailto links', () => {
    for (const { href } of links) expect(href).toMatch(/^(https:\/\/|mailto:\?)/);
  });
});
