import { describe, expect, it } from 'vitest';
import type { Card } from './card';
import type { FontMetrics } from './fonts';
import { ELLIPSIS, type Measure } from './wrap';
import { OG_HEIGHT, OG_WIDTH, TITLE_AREA, TITLE_FIT, cardTree, fitPostTitle, postCard, siteCard, titleLayer, treeTexts } from './template';

const measureAt = (_weight: number, size: number): Measure => (text) => [...text].length * size * 0.55;
// Like the Inter subsets the Worker bundles: no CJK.
const metrics: FontMetrics = {
  measureAt,
  uncovered: (text) => [...new Set(text)].filter((char) => /\p{Script=Han}/u.test(char)),
  fontNamesFor: () => ['Inter'],
};
const site = { siteName: 'BlogX', tagline: 'Field notes on building and running software', topics: ['Cloud Native', 'Security'] };
const content = { title: 'Session tokens', author: 'Tomáš Novák', category: 'Cloud Native', siteName: 'BlogX' };


describe('titleLayer', () => {
  it('stays inside the band between the label and the footer, whatever the title length', () => {
    for (const words of [1, 5, 12, 40]) {
      const title = Array.from({ length: words }, () => 'Kubernetes').join(' ');
      const { style = {} } = titleLayer(fitPostTitle(title, measureAt)).props;
      const [left, top, width, height] = [style.left, style.top, style.width, style.height].map(Number) as [number, number, number, number];
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + width).toBeLessThanOrEqual(OG_WIDTH);
      expect(top).toBeGreaterThanOrEqual(TITLE_AREA.top);
      expect(top + height).toBeLessThanOrEqual(TITLE_AREA.bottom);
      expect(top + height).toBeLessThanOrEqual(OG_HEIGHT);
    }
  });

  it('draws one box per fitted line, at the fitted size', () => {
    const fitted = fitPostTitle('Docker multi-stage builds: smaller, safer images with faster CI, explained', measureAt);
    expect(treeTexts(titleLayer(fitted))).toEqual(fitted.lines);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(TITLE_FIT.sizes).toContain(fitted.fontSize);
  });
});

describe('postCard', () => {
  it('shows the category in capitals, the title, the author and the site name, in one tree', () => {
    const tree = postCard(content, measureAt);
    expect(tree.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(treeTexts(tree)).toEqual(['CLOUD NATIVE', 'Session tokens', 'T', 'Tomáš Novák', 'BlogX']);
  });

  it('uses the avatar image when given, a monogram otherwise', () => {
    const withAvatar = postCard({ ...content, author: 'Maya Chen' }, measureAt, 'data:image/png;base64,AAAA');
    expect(JSON.stringify(withAvatar)).toContain('"src":"data:image/png;base64,AAAA"');
    expect(treeTexts(withAvatar)).not.toContain('M');
  });

  it('cuts an overlong author name to one line with an ellipsis', () => {
    const tree = postCard({ ...content, author: 'Maximiliana Alexandra Konstantinopoulou-Wolfeschlegelsteinhausen' }, measureAt);
    expect(treeTexts(tree)[3]!.endsWith(ELLIPSIS)).toBe(true);
  });
});

describe('cardTree', () => {
  const post: Card = { kind: 'post', slug: 's', post: { ...content, avatar: '/_astro/a.png' }, site };

  it('draws a post card with the avatar it is given', () => {
    const { tree, uncovered } = cardTree(post, metrics, 'data:image/png;base64,AAAA');
    expect(uncovered).toEqual([]);
    expect(tree).toEqual(postCard(content, measureAt, 'data:image/png;base64,AAAA'));
  });

  it('draws the site card, and names the characters, when the fonts cannot draw the title', () => {
    const { tree, uncovered } = cardTree({ ...post, post: { ...post.post, title: '漢字のタイトル' } }, metrics);
    expect(uncovered).toEqual(['漢', '字']);
    expect(tree).toEqual(siteCard(site, measureAt));
  });

  it('draws the site card for the site', () => {
    expect(cardTree({ kind: 'site', site }, metrics)).toEqual({ tree: siteCard(site, measureAt), uncovered: [] });
    expect(treeTexts(siteCard(site, measureAt)).join(' ')).toBe('BlogX Field notes on building and running software Cloud Native · Security');
  });
});
