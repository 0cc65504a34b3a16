import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { wrapTablesForScrolling } from './scrollable-tables';

const render = async (markdown: string) => (await markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [wrapTablesForScrolling] })).html;

describe('wrapTablesForScrolling', () => {
  it('puts each table in a focusable group named after its header row', async () => {
    const html = await render('| Index | `USING` clause |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toMatch(/^<div class="table-scroll" tabindex="0" role="group" aria-label="Table: Index, USING clause"><table>[\s\S]*<\/table><\/div>$/m);
  });

  it('names a table without a header row just "Table", also inside other elements', async () => {
    expect(await render('<details><table><tbody><tr><td>1</td></tr></tbody></table></details>\n')).toContain(
      '<details><div class="table-scroll" tabindex="0" role="group" aria-label="Table"><table><tbody><tr><td>1</td></tr></tbody></table></div></details>',
    );
  });
});
