// Sätteri's raw-HTML reparse (features.rawHtml) rebuilds the HTML tree and drops `code.data`, where
// a fence's language and meta live (`ts title="app.ts" {2-4}`), so Expressive Code would see
// neither. The Markdown phase records them by index; the HTML phase puts them back.
import type { Element, Root, RootContent } from 'hast';
import type { MdastPluginDefinition } from 'satteri';
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

/** HTML phase: moves the recorded info onto `<code>.data`, where Expressive Code reads it. */
export function restoreFenceInfo(tree: Root | Element, fences: readonly FenceInfo[]): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const index = child.tagName === 'pre' ? child.properties[FENCE_PROPERTY] : undefined;
    if (index !== undefined) {
      delete child.properties[FENCE_PROPERTY];
      const info = fences[Number(index)];
      const code = child.children.find((node: RootContent): node is Element => node.type === 'element' && node.tagName === 'code');
      if (info && code && (info.lang || info.meta)) {
        code.data = Object.assign({}, code.data, info.lang ? { lang: info.lang } : {}, info.meta ? { meta: info.meta } : {});
      }
    }
    restoreFenceInfo(child, fences);
  }
}
