import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { restoreFenceInfo } from './fence-info';

const pre = (fence: string | undefined, className?: string[]): Element => ({
  type: 'element',
  tagName: 'pre',
  properties: fence === undefined ? {} : { dataFence: fence },
  children: [{ type: 'element', tagName: 'code', properties: className ? { className } : {}, children: [{ type: 'text', value: 'x' }] }],
});

describe('restoreFenceInfo', () => {
  it('moves the recorded language and meta onto <code>.data and removes the marker', () => {
    const root: Root = { type: 'root', children: [pre('1'), { type: 'element', tagName: 'div', properties: {}, children: [pre('0')] }] };
    restoreFenceInfo(root, [{ lang: 'sh', meta: null }, { lang: 'ts', meta: 'title="a.ts" {2}' }]);
    const [first, wrapper] = root.children as Element[];
    expect(first).toMatchObject({ properties: {}, children: [{ tagName: 'code', data: { lang: 'ts', meta: 'title="a.ts" {2}' } }] });
    expect(wrapper?.children[0]).toMatchObject({ properties: {}, children: [{ tagName: 'code', data: { lang: 'sh' } }] });
  });

  it('ignores <pre> without a marker or with an unknown index', () => {
    const root: Root = { type: 'root', children: [pre(undefined, ['language-js']), pre('7')] };
    restoreFenceInfo(root, [{ lang: 'ts', meta: null }]);
    for (const block of root.children as Element[]) expect((block.children[0] as Element).data).toBeUndefined();
  });
});
