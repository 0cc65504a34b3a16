// Builds a copy of the site with two posts full of XSS payloads (fixtures/: one with raw HTML, which
// is sanitized as a whole tree, one with Markdown syntax only, checked element by element) and
// checks the built pages: nothing that can run script survives, the harmless control does.
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteCopy, makeTestSiteCopy } from '../../../scripts/site-copy.mjs';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = ['xss-payloads', 'xss-markdown-only'];

/** Builds the fixture posts in a copy of the site (inside the repo, so it resolves our node_modules). */
async function buildFixtures(): Promise<string[]> {
  const dir = await makeTestSiteCopy('markdown-');
  for (const slug of FIXTURES) {
    const post = join(dir, 'content/posts', slug);
    await mkdir(post, { recursive: true });
    await cp(join(import.meta.dirname, `fixtures/${slug}.md`), join(post, 'index.md'));
    await cp(join(ROOT, 'content/posts/postgresql-index-types/diagram.png'), join(post, 'diagram.png'));
  }
  const build = await buildSiteCopy(dir);
  if (!build.ok) throw new Error(`the fixture site did not build:\n${build.output}`);
  const pages = await Promise.all(FIXTURES.map((slug) => readFile(join(dir, 'dist/posts', slug, 'index.html'), 'utf8')));
  await rm(dir, { recursive: true, force: true });
  return pages;
}

type Parent = Root | Element;

function elements(tree: Parent, found: Element[] = []): Element[] {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    found.push(child);
    elements(child, found);
  }
  return found;
}

function text(node: Parent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(text).join('') : '';
}

const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);
const attributeValues = (el: Element) => Object.values(el.properties).flatMap((value) => (Array.isArray(value) ? value : [value])).map(String);

/** The element holding the rendered Markdown: the parent of the first heading's wrapper. */
function findBody(page: Root): Element {
  const parents = new Map<Element, Element>();
  for (const el of elements(page)) for (const child of el.children) if (child.type === 'element') parents.set(child, el);
  const heading = elements(page).find((el) => el.tagName === 'h2' && el.properties.id === 'payloads');
  const body = heading && parents.get(parents.get(heading)!);
  if (!body) throw new Error('rendered Markdown not found in the built page');
  return body;
}

/** Expressive Code's own assets, added after sanitizing: its stylesheet, copy script and copy buttons. */
function isExpressiveCodeAsset(el: Element, inCodeBlock: Set<Element>): boolean {
  if (!inCodeBlock.has(el)) return false;
  if (el.tagName === 'script') return el.children.length === 0 && el.properties.type === 'module' && /^\/_astro\/ec\.[\w-]+\.js$/.test(String(el.properties.src));
  if (el.tagName === 'link') return /^\/_astro\/ec\.[\w-]+\.css$/.test(String(el.properties.href));
  return el.tagName === 'button' && el.properties.title === 'Copy to clipboard';
}

/** The allowlist keeps `<input>` only as GitHub's task-list checkbox: disabled, so inert. */
const isTaskListCheckbox = (el: Element) => el.tagName === 'input' && el.properties.type === 'checkbox' && el.properties.disabled === true && Object.keys(el.properties).length === 2;

const FORBIDDEN = ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'meta', 'base', 'link', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source'];

let built: Promise<string[]> | undefined;
/** One build for every test below. */
const pages = () => (built ??= buildFixtures());

function parseBody(html: string) {
  const body = findBody(fromHtml(html));
  const all = elements(body);
  const inCodeBlock = new Set(all.filter((el) => classes(el).includes('expressive-code')).flatMap((block) => elements(block)));
  return { body, all, inCodeBlock };
}

describe.each(FIXTURES.map((slug, index) => [slug, index] as const))('built post %s', { timeout: 120_000 }, (_, index) => {
  let body: Element;
  let all: Element[];
  let inCodeBlock: Set<Element>;

  beforeAll(async () => {
    ({ body, all, inCodeBlock } = parseBody((await pages())[index]!));
  }, 120_000);

  it('has no element that can run script, embed content or submit data', () => {
    const found = all.filter((el) => FORBIDDEN.includes(el.tagName) && !isExpressiveCodeAsset(el, inCodeBlock) && !isTaskListCheckbox(el));
    expect(found.map((el) => el.tagName)).toEqual([]);
  });

  it('has no event-handler attribute and no style attribute (but Expressive Code custom properties)', () => {
    expect(all.filter((el) => Object.keys(el.properties).some((key) => /^on/i.test(key))).map((el) => el.tagName)).toEqual([]);
    // Token colours (`--ec0:#BF3441;--ec1:#F97583`) and line lengths (`--ecMaxLine:57ch`) inside code blocks.
    const styled = all.filter((el) => 'style' in el.properties && !(inCodeBlock.has(el) && /^(--[\w-]+:[^;:]+;?)+$/.test(String(el.properties.style))));
    expect(styled.map((el) => el.tagName)).toEqual([]);
  });

  it('has no javascript:, vbscript: or data: URL in any attribute', () => {
    // What a browser ignores before the scheme: leading spaces, tabs and newlines anywhere.
    const scheme = (value: string) => value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    const bad = all.flatMap(attributeValues).filter((value) => /^(javascript|vbscript|data):/.test(scheme(value)));
    expect(bad).toEqual([]);
    // The payload links are still there, as text: proof the fixture reached the page.
    expect(all.filter((el) => el.tagName === 'a' && el.properties.href === undefined).length).toBeGreaterThan(5);
  });

  it('does not print the contents of dropped elements', () => {
    const shown = text(body);
    for (const leak of ["alert('script-tag')", 'display: none', "alert('textarea')", "alert('template')", 'style-leak']) expect(shown).not.toContain(leak);
  });

  it('keeps table alignment as a class and the table in a focusable, named scroller', () => {
    expect(all.find((el) => el.tagName === 'td' && classes(el).includes('align-right'))).toBeDefined();
    const scroller = all.find((el) => classes(el).includes('table-scroll'));
    expect(scroller).toMatchObject({ properties: { tabIndex: 0, role: 'group', ariaLabel: 'Table: Setting, Value' }, children: [{ tagName: 'table' }] });
  });
});

describe('the harmless control in a built post with raw HTML', { timeout: 120_000 }, () => {
  let all: Element[];

  beforeAll(async () => {
    ({ all } = parseBody((await pages())[0]!));
  }, 120_000);

  it('keeps harmless formatting', () => {
    const tags = all.map((el) => el.tagName);
    expect(tags.filter((tag) => tag === 'kbd')).toHaveLength(2);
    for (const tag of ['sub', 'sup', 'mark', 'br', 'table']) expect(tags).toContain(tag);
    expect(all.find((el) => el.tagName === 'abbr')?.properties.title).toBe('HyperText Markup Language');
    const details = all.find((el) => el.tagName === 'details' && text(el).includes('Expand me'));
    expect(details && elements(details).map((el) => el.tagName)).toEqual(expect.arrayContaining(['summary', 'strong']));
  });

  it('keeps links and images with safe URLs, and the local image goes through astro:assets', () => {
    const hrefs = all.map((el) => el.properties.href);
    expect(hrefs).toEqual(expect.arrayContaining(['https://example.com/docs', 'mailto:team@example.com', '#harmless-control', '#user-content-fn-1']));
    expect(all.find((el) => el.properties.id === 'user-content-fn-1')).toBeDefined();
    expect(all.find((el) => el.tagName === 'img' && el.properties.src === 'https://example.com/remote.png')).toBeDefined();
    const local = all.find((el) => el.tagName === 'img' && el.properties.alt === 'A local diagram');
    expect(local?.properties).toMatchObject({ src: expect.stringMatching(/^\/_astro\/diagram\./), width: expect.anything(), height: expect.anything() });
  });

  it('highlights the code block with its file name, marked line and copy button', () => {
    const block = all.find((el) => classes(el).includes('expressive-code') && text(el).includes('src/control.ts'));
    expect(block).toBeDefined();
    const inside = elements(block!);
    expect(inside.find((el) => el.tagName === 'pre')?.properties.dataLanguage).toBe('ts');
    const marked = inside.filter((el) => classes(el).includes('ec-line') && classes(el).includes('mark'));
    expect(marked.map(text)).toEqual(['const b = a + 1; // <script>alert("inside-code")</script>']);
    expect(String(inside.find((el) => el.tagName === 'button')?.properties.dataCode)).toContain('const b = a + 1;');
  });

  it('marks inserted and deleted lines', () => {
    const lines = all.filter((el) => classes(el).includes('ec-line') && text(el).includes('timeoutMs'));
    expect(lines.map((el) => classes(el).filter((name) => name === 'ins' || name === 'del'))).toEqual([['del'], ['ins']]);
  });
});
