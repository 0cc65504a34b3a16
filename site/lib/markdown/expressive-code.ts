// Expressive Code (build-time highlighting, frames with file names, copy button, line markers).
import { createAstroRenderer, type AstroExpressiveCodeOptions, type ExpressiveCodePlugin } from 'astro-expressive-code';

type GroupAst = Parameters<NonNullable<NonNullable<ExpressiveCodePlugin['hooks']>['postprocessRenderedBlockGroup']>>[0]['renderData']['groupAst'];
type Node = GroupAst | GroupAst['children'][number];

/**
 * Token colours are custom properties named `--0`, `--1` (one per theme). Valid CSS, but the Nu
 * Html Checker rejects a custom property name that starts with a digit; `--ec0` reads the same to
 * a browser. Applied to the inline styles and to the stylesheet that reads them.
 */
export function renameTokenVariables(css: string): string {
  return css.replace(/--(\d+)(?=(?:bg|fs|fw|td)?[:,)])/g, '--ec$1');
}

/**
 * Makes Expressive Code's markup valid HTML, without changing how it looks or works:
 * - lines are `<div>`s inside `<code>` and the copy icon a `<div>` inside `<button>`, where only
 *   phrasing content may go; they become `<span>`s (their CSS sets display or position, so
 *   rendering is the same);
 * - the copy button's `data-code` encodes newlines as U+007F, a code point HTML forbids; real
 *   newlines are allowed in attributes, and the copy script's U+007F replacement then does nothing;
 * - token colour variables get names the Nu Html Checker accepts (renameTokenVariables).
 */
export function makeCodeBlockMarkupValid(node: Node, insidePhrasing = false): void {
  if (node.type !== 'element') return;
  if (insidePhrasing && node.tagName === 'div') node.tagName = 'span';
  const style = node.properties?.style;
  if (typeof style === 'string') node.properties.style = renameTokenVariables(style);
  const code = node.properties?.dataCode;
  if (node.tagName === 'button' && typeof code === 'string') node.properties.dataCode = code.replaceAll('\u007f', '\n');
  insidePhrasing ||= node.tagName === 'pre' || node.tagName === 'button';
  for (const child of node.children) makeCodeBlockMarkupValid(child, insidePhrasing);
}

const validMarkup: ExpressiveCodePlugin = {
  name: 'blogx-valid-markup',
  hooks: {
    postprocessRenderedBlockGroup: ({ renderData }) => makeCodeBlockMarkupValid(renderData.groupAst),
  },
};

export const EXPRESSIVE_CODE: AstroExpressiveCodeOptions = {
  // One dark theme in both site themes, as many technical sites do: Expressive Code highlights
  // every block once per theme, and a second theme cost 1.4 ms a post (7 s of a 5,000-post build;
  // bench/README.md), for code that reads as well on the light page.
  themes: ['github-dark'],
  // AA asks 4.5:1; Expressive Code nudges token colours to at least this.
  minSyntaxHighlightingColorContrast: 5.5,
  // Long lines wrap (indentation kept) instead of scrolling: readable at 320 px, and a scrolling
  // <pre> gets tabindex and an unnamed role="region" from Expressive Code's script, which axe
  // reports (landmark-unique) as soon as two of them are on a page.
  defaultProps: { wrap: true },
  frames: {
    showCopyToClipboardButton: true,
    // A first-line comment such as `// src/app.ts` becomes the frame's title, like title="...".
    extractFileNameFromCode: true,
  },
  styleOverrides: {
    borderRadius: '6px',
    codeFontSize: '0.875rem',
    uiFontSize: '0.875rem',
    // The site's font stacks, so code and frame titles match the prose (no web fonts).
    codeFontFamily: "ui-monospace, 'SFMono-Regular', 'JetBrains Mono', Menlo, Consolas, monospace",
    uiFontFamily: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  plugins: [validMarkup],
  // The stylesheet half of renameTokenVariables. The integration serves and links the same array
  // entries, and the file name keeps its hash of Expressive Code's own CSS, which still changes
  // whenever the output does.
  customCreateAstroRenderer: async (args) => {
    const renderer = await createAstroRenderer(args);
    for (const entry of renderer.hashedStyles) entry[1] = renameTokenVariables(entry[1]);
    return renderer;
  },
};
