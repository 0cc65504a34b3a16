import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { wrapTablesForScrolling } from './scrollable-tables';

const wrap = (html: string) => {
  const tree: Root = fromHtml(html, { fragment: true });
  wrapTablesForScrolling(tree);
  return toHtml(tree);
};

describe('wrapTablesForScrolling', () => {
  it('puts each table in a focusable group named after its header row', () => {
    expect(wrap('<p>x</p><table><thead><tr><th>Index</th><th><code>USING</code> clause</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>')).toBe(
      '<p>x</p><div class="table-scroll" tabindex="0" role="group" aria-label="Table: Index, USING clause"><table><thead><tr><th>Index</th><th><code>USING</code> clause</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>',
    );
  });

  it('names a table without a header row just "Table", and finds tables inside other elements', () => {
    expect(wrap('<details><table><tbody><tr><td>1</td></tr></tbody></table></details>')).toBe(
      '<details><div class="table-scroll" tabindex="0" role="group" aria-label="Table"><table><tbody><tr><td>1</td></tr></tbody></table></div></details>',
    );
  });
});
