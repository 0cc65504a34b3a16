import type { Element } from 'hast';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { fenceData, recordFenceInfo, restoreFenceInfo } from './fence-info';

describe('fenceData', () => {
  const fences = [{ lang: 'sh', meta: null }, { lang: 'ts', meta: 'title="a.ts" {2}' }, { lang: null, meta: null }];
  it.each([
    ['0', { lang: 'sh' }],
    ['1', { lang: 'ts', meta: 'title="a.ts" {2}' }],
    ['2', undefined],
    ['7', undefined],
    [undefined, undefined],
  ])('index %s', (index, expected) => {
    expect(fenceData({ properties: index === undefined ? {} : { dataFence: index } }, fences)).toEqual(expected);
  });
});

describe('recordFenceInfo + restoreFenceInfo', () => {
  it('hand each fence its language and meta through the raw-HTML reparse, and leave no marker', async () => {
    const seen: unknown[] = [];
    const spy: HastPluginDefinition = { name: 'spy', element: { filter: ['code'], visit: (node: Element) => void seen.push(node.data) } };
    const { html } = await markdownToHtml('<kbd>x</kbd>\n\n```ts title="a.ts" {2}\nconst a = 1;\n```\n\n```\nplain\n```\n', {
      features: { rawHtml: true },
      mdastPlugins: [recordFenceInfo],
      hastPlugins: [restoreFenceInfo, spy],
    });
    expect(seen).toEqual([{ lang: 'ts', meta: 'title="a.ts" {2}' }, undefined]);
    expect(html).not.toContain('data-fence');
  });
});
