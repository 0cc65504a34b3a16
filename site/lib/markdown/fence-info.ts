// Sätteri's raw-HTML reparse (features.rawHtml) rebuilds the HTML tree and drops `code.data`, where
// a fence's language and meta live (`ts title="app.ts" {2-4}`), so Expressive Code would see
// neither. The Markdown phase records them by index; the HTML phase puts them back.
import type { Element } from 'hast';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { FENCE_PROPERTY } from './sanitize-schema';

export interface FenceInfo {
  lang: string | null;
  meta: string | null;
}

declare module 'satteri' {
  interface DataMap {
    fences: FenceInfo[];
  }
}

/** Markdown phase: remembers each fence's info and tags its `<pre>` with the index. */
export const recordFenceInfo: MdastPluginDefinition = {
  name: 'record-fence-info',
  code(node, ctx) {
    const fences = (ctx.data.fences ??= []);
    fences.push({ lang: node.lang ?? null, meta: node.meta ?? null });
    // `hProperties` (attributes for the HTML element) is read by Sätteri; mdast's types do not list it.
    const data: { hProperties?: Record<string, unknown> } = { ...node.data };
    ctx.setProperty(node, 'data', { ...data, hProperties: { ...data.hProperties, [FENCE_PROPERTY]: String(fences.length - 1) } });
  },
};

/** The `data` a fence's `<code>` should carry (what Expressive Code reads), if any. */
export function fenceData(pre: Pick<Element, 'properties'>, fences: readonly FenceInfo[]): { lang?: string; meta?: string } | undefined {
  const index = pre.properties[FENCE_PROPERTY];
  const info = index === undefined ? undefined : fences[Number(index)];
  if (!info || !(info.lang || info.meta)) return undefined;
  return { ...(info.lang ? { lang: info.lang } : {}), ...(info.meta ? { meta: info.meta } : {}) };
}

/** HTML phase: moves the recorded info onto `<code>.data` and drops the marker. */
export const restoreFenceInfo: HastPluginDefinition = {
  name: 'restore-fence-info',
  element: {
    filter: ['pre'],
    visit(pre, ctx) {
      if (pre.properties[FENCE_PROPERTY] === undefined) return;
      const data = fenceData(pre, ctx.data.fences ?? []);
      const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (data && code) ctx.setProperty(code, 'data', { ...code.data, ...data });
      ctx.setProperty(pre, FENCE_PROPERTY, null);
    },
  },
};
