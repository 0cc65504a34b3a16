// Wide tables scroll sideways on phones. A scrolling box must be reachable by keyboard (axe:
// scrollable-region-focusable), so each table sits in a focusable, named group.
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function headerCells(parent: Element, found: Element[] = []): Element[] {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'th') found.push(child);
    else if (child.tagName !== 'tbody') headerCells(child, found);
  }
  return found;
}

/** "Table: Setting, Value" from the header row, so a keyboard user knows what got focus. */
export function tableName(table: Element): string {
  const headers = headerCells(table).map((cell) => textOf(cell).trim()).filter(Boolean);
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}

/** `<div class="table-scroll" tabindex="0" role="group" aria-label="Table: ...">` around the table. */
export function tableScroller(name: string): Element {
  return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: name }, children: [] };
}

export const wrapTablesForScrolling: HastPluginDefinition = {
  name: 'scrollable-tables',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      ctx.wrapNode(table, tableScroller(tableName(table)));
    },
  },
};
