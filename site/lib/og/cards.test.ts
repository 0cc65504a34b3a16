import { describe, expect, it } from 'vitest';
import { createCardBuilder, postCardInputs, type PostLike } from './cards.ts';
import type { FontMetrics } from './fonts.ts';

// 0.5em a character; reports CJK as missing, like the Inter subsets the site ships.
const metrics: FontMetrics = {
  measureAt: (_weight, size) => (text) => [...text].length * size * 0.5,
  uncovered: (text) => [...new Set(text)].filter((char) => /\p{Script=Han}/u.test(char)),
};
const site = { siteName: 'BlogX', tagline: 'Field notes on building and running software', topics: ['Web', 'Security'] };

const post = (overrides: { title?: string; author?: string; category?: string } = {}) => ({
  slug: 'session-tokens-done-right',
  entry: { data: { title: overrides.title ?? 'Session tokens done right', description: 'How to store, rotate and revoke them.', tags: ['auth'], pubDate: new Date('2026-01-01') } },
  author: { data: { name: overrides.author ?? 'Amara Okafor', bio: 'Security engineer' } },
  category: { data: { name: overrides.category ?? 'Security', description: 'Defending real systems.' } },
});

const hashOf = (p: PostLike, avatar?: string, fonts = 'fonts-v1') => createCardBuilder(metrics, fonts, site).postCard(postCardInputs(p, avatar)).hash;

describe('post card hash', () => {
  it('is stable for the same inputs, across builders', () => {
    expect(hashOf(post())).toBe(hashOf(post()));
    expect(hashOf(post())).toMatch(/^[0-9a-f]{24}$/);
  });

  it('changes when the title changes', () => {
    expect(hashOf(post({ title: 'Session tokens done wrong' }))).not.toBe(hashOf(post()));
  });

  it('changes when the author, avatar, category or fonts change', () => {
    const base = hashOf(post());
    expect(hashOf(post({ author: 'Maya Chen' }))).not.toBe(base);
    expect(hashOf(post({ category: 'Web' }))).not.toBe(base);
    expect(hashOf(post(), 'data:image/png;base64,AAAA')).not.toBe(base);
    expect(hashOf(post(), undefined, 'fonts-v2')).not.toBe(base);
  });

  it('ignores what the card does not show: description, tags, dates, bio', () => {
    const changed = post();
    changed.entry.data.description = 'Something else entirely, same title.';
    changed.entry.data.tags = ['sessions', 'cookies'];
    changed.entry.data.pubDate = new Date('2027-05-05');
    changed.author.data.bio = 'Now a platform engineer';
    changed.category.data.description = 'Changed';
    expect(hashOf(changed)).toBe(hashOf(post()));
  });
});

describe('createCardBuilder', () => {
  it('shares one frame between posts with the same author and category', () => {
    const builder = createCardBuilder(metrics, 'f', site);
    const a = builder.postCard(postCardInputs(post({ title: 'One' })));
    const b = builder.postCard(postCardInputs(post({ title: 'Two' })));
    const c = builder.postCard(postCardInputs(post({ title: 'Three', category: 'Web' })));
    expect(a.job.frame).toBe(b.job.frame);
    expect(c.job.frame.key).not.toBe(a.job.frame.key);
    expect(a.hash).not.toBe(b.hash);
  });

  it('uses the site card, and names the characters, when the fonts cannot draw the title', () => {
    const builder = createCardBuilder(metrics, 'f', site);
    const card = builder.postCard(postCardInputs(post({ title: '漢字のタイトル' })));
    expect(card.uncovered).toEqual(['漢', '字']);
    expect(card.hash).toBe(builder.siteCard().hash);
  });
});
