// Wide tables scroll sideways on phones. A scrolling box must be reachable by keyboard (axe:
// scrollable-region-focusable), so each table sits in a focusable, named group.
import type { Element, ElementContent, Root } from 'hast';

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function headerCells(table: Element, found: Element[] = []): Element[] {
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'th') found.push(child);
    else if (child.tagName !== 'tbody') headerCells(child, found);
  }
  return found;
}

/** "Table: Setting, Value" from the header row, so a keyboard user knows what got focus. */
function tableName(table: Element): string {
  const headers = headerCells(table).map((cell) => textOf(cell).trim()).filter(Boolean);
  return headers.length ? `Table: ${headers.join(', ')}` : 'Table';
}

/** Wraps every table in `<div class="table-scroll" tabindex="0" role="group" aria-label="Table: ...">`. */
export function wrapTablesForScrolling(tree: Root | Element): void {
  tree.children.forEach((child, index) => {
    if (child.type !== 'element') return;
    if (child.tagName !== 'table') return wrapTablesForScrolling(child);
    tree.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: tableName(child) },
      children: [child],
    };
  });
}
