import { describe, expect, it } from 'vitest';
import { ELLIPSIS, type Measure } from './wrap.ts';
import { OG_HEIGHT, OG_WIDTH, TITLE_AREA, TITLE_FIT, fitPostTitle, frameLayer, titlePatch, type OgNode } from './template.ts';

const measureAt = (_weight: number, size: number): Measure => (text) => [...text].length * size * 0.55;

/** Every string in a tree, in order. */
function texts(node: OgNode | string | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  return (Array.isArray(children) ? children : [children]).flatMap((child) => texts(child));
}

describe('titlePatch', () => {
  it('stays inside the band the frame leaves empty, whatever the title length', () => {
    for (const words of [1, 5, 12, 40]) {
      const title = Array.from({ length: words }, () => 'Kubernetes').join(' ');
      const patch = titlePatch(fitPostTitle(title, measureAt));
      expect(patch.left).toBeGreaterThanOrEqual(0);
      expect(patch.left + patch.width).toBeLessThanOrEqual(OG_WIDTH);
      expect(patch.top).toBeGreaterThanOrEqual(TITLE_AREA.top);
      expect(patch.top + patch.height).toBeLessThanOrEqual(TITLE_AREA.bottom);
      expect(patch.top + patch.height).toBeLessThanOrEqual(OG_HEIGHT);
    }
  });

  it('draws one box per fitted line, at the fitted size', () => {
    const fitted = fitPostTitle('Docker multi-stage builds: smaller, safer images with faster CI, explained', measureAt);
    const patch = titlePatch(fitted);
    expect(texts(patch.tree)).toEqual(fitted.lines);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(TITLE_FIT.sizes).toContain(fitted.fontSize);
  });
});

describe('frameLayer', () => {
  it('shows the category in capitals, the author and the site name', () => {
    const frame = frameLayer({ siteName: 'BlogX', category: 'Cloud Native', author: 'Tomáš Novák' }, measureAt);
    expect(texts(frame)).toEqual(['CLOUD NATIVE', 'T', 'Tomáš Novák', 'BlogX']);
  });

  it('uses the avatar image when given, a monogram otherwise', () => {
    const withAvatar = frameLayer({ siteName: 'BlogX', category: 'Web', author: 'Maya Chen', avatar: 'data:image/png;base64,AAAA' }, measureAt);
    expect(JSON.stringify(withAvatar)).toContain('"src":"data:image/png;base64,AAAA"');
    expect(texts(withAvatar)).not.toContain('M');
  });

  it('cuts an overlong author name to one line with an ellipsis', () => {
    const frame = frameLayer({ siteName: 'BlogX', category: 'Web', author: 'Maximiliana Alexandra Konstantinopoulou-Wolfeschlegelsteinhausen' }, measureAt);
    const author = texts(frame)[2]!;
    expect(author.endsWith(ELLIPSIS)).toBe(true);
  });
});
