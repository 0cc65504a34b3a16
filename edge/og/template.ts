// The Open Graph card design as satori element trees (plain objects, no JSX): a post card (category,
// title, author, site name) and the site card. The Worker lays each card out in one satori pass.
import { fitTitle, wrapText, type FittedTitle, type Measure } from './wrap';
import type { Card } from './card';
import type { FontMetrics, OgWeight } from './fonts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Colours from the site's dark theme. Contrast on BG: FG 17.2:1, MUTED 7.8:1, ACCENT 8.7:1; FG on BAR 6.0:1. */
const BG = '#111318';
const FG = '#f5f6f8';
const MUTED = '#a1a8b5';
const ACCENT = '#8fb0ff';
const BAR = '#2357c6';

const PAD_X = 80;
const BAR_HEIGHT = 12;
const CONTENT_WIDTH = OG_WIDTH - 2 * PAD_X;
const LABEL_TOP = 76;
const LABEL_SIZE = 24;
const TITLE_TOP = 136;
const FOOTER_TOP = 486;
/** Avatar size on the card, in px; callers pass an image of this size. */
export const AVATAR = 64;

/** The band between the category label and the footer, where the title goes. */
export const TITLE_AREA = { top: LABEL_TOP + LABEL_SIZE * 1.5, bottom: FOOTER_TOP } as const;

export const TITLE_FIT = {
  sizes: [80, 72, 64, 56],
  maxWidth: CONTENT_WIDTH,
  maxHeight: FOOTER_TOP - 40 - TITLE_TOP,
  lineHeight: 1.12,
  maxLines: 4,
} as const;
const TITLE_WEIGHT: OgWeight = 800;
const TITLE_TRACKING = -1;

type Style = Record<string, string | number>;
export interface OgNode {
  type: 'div' | 'img';
  props: { style?: Style; children?: OgNode | string | (OgNode | string)[]; src?: string; width?: number; height?: number };
}

const div = (style: Style, children?: OgNode['props']['children']): OgNode => ({ type: 'div', props: { style, children } });

/** The whole card, children placed absolutely. */
const canvas = (children: OgNode[]): OgNode =>
  div({ width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', position: 'relative', fontFamily: 'Inter', backgroundColor: BG }, children);

const at = (left: number, top: number, style: Style, children?: OgNode['props']['children']) =>
  div({ position: 'absolute', left, top, display: 'flex', ...style }, children);

/** Every string a tree draws, in order. */
export function treeTexts(node: OgNode | string | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  return (Array.isArray(children) ? children : [children]).flatMap((child) => treeTexts(child));
}

/** Measure for each font size the template uses, keyed by weight. */
export type MeasureAt = (weight: OgWeight, size: number, letterSpacing?: number) => Measure;

export function fitPostTitle(title: string, measureAt: MeasureAt): FittedTitle {
  return fitTitle(title, (size) => measureAt(TITLE_WEIGHT, size), TITLE_FIT);
}

/**
 * The title: one box per line, so satori draws exactly the lines chosen by fitPostTitle, in the band
 * between the category label and the footer.
 */
export function titleLayer(title: FittedTitle): OgNode {
  const { fontSize } = title;
  const height = Math.ceil(title.lines.length * fontSize * TITLE_FIT.lineHeight);
  const lines = title.lines.map((line) =>
    div({ fontSize, fontWeight: TITLE_WEIGHT, lineHeight: TITLE_FIT.lineHeight, letterSpacing: TITLE_TRACKING, color: FG, whiteSpace: 'pre' }, line),
  );
  return at(PAD_X, TITLE_TOP, { flexDirection: 'column', width: CONTENT_WIDTH, height }, lines);
}

/** What a post card shows (card.ts adds the avatar's URL, which the card shows as an image). */
export interface PostCardContent {
  title: string;
  author: string;
  category: string;
  siteName: string;
}

/** The post card; avatar is a data: URI of a square PNG or JPEG, or undefined for a monogram. */
export function postCard(content: PostCardContent, measureAt: MeasureAt, avatar?: string): OgNode {
  // Labels that could overflow are cut with an ellipsis by wrapText.
  const label = wrapText(content.category.toUpperCase(), measureAt(600, LABEL_SIZE, 3), CONTENT_WIDTH, 1).lines[0] ?? '';
  const author = wrapText(content.author, measureAt(600, 30), CONTENT_WIDTH / 2, 1).lines[0] ?? '';
  const picture: OgNode = avatar
    ? { type: 'img', props: { src: avatar, width: AVATAR, height: AVATAR, style: { borderRadius: AVATAR / 2, marginRight: 20 } } }
    : div(
        { display: 'flex', width: AVATAR, height: AVATAR, borderRadius: AVATAR / 2, marginRight: 20, backgroundColor: BAR, color: FG, fontSize: 28, fontWeight: 800, alignItems: 'center', justifyContent: 'center' },
        [...author][0] ?? '',
      );
  return canvas([
    at(0, 0, { width: OG_WIDTH, height: BAR_HEIGHT, backgroundColor: BAR }),
    at(PAD_X, LABEL_TOP, { fontSize: LABEL_SIZE, fontWeight: 600, letterSpacing: 3, color: ACCENT }, label),
    titleLayer(fitPostTitle(content.title, measureAt)),
    at(PAD_X, FOOTER_TOP, { alignItems: 'center', height: AVATAR }, [picture, div({ fontSize: 30, fontWeight: 600, color: FG }, author)]),
    at(PAD_X, FOOTER_TOP, { width: CONTENT_WIDTH, height: AVATAR, alignItems: 'center', justifyContent: 'flex-end', fontSize: 34, fontWeight: 800, color: FG, letterSpacing: -0.5 }, [
      div({ width: 14, height: 14, borderRadius: 3, backgroundColor: ACCENT, marginRight: 12 }),
      content.siteName,
    ]),
  ]);
}

export interface SiteCardContent {
  siteName: string;
  tagline: string;
  /** Shown along the bottom, e.g. the categories. */
  topics: string[];
}

/** The site-wide card for the home page and listings. */
export function siteCard(content: SiteCardContent, measureAt: MeasureAt): OgNode {
  const tagline = wrapText(content.tagline, measureAt(800, 60, -1), CONTENT_WIDTH, 3);
  const topics = wrapText(content.topics.join('  ·  '), measureAt(600, 28), CONTENT_WIDTH, 1).lines[0] ?? '';
  return canvas(
    [
      at(0, 0, { width: OG_WIDTH, height: BAR_HEIGHT, backgroundColor: BAR }),
      at(PAD_X, 110, { alignItems: 'center', fontSize: 44, fontWeight: 800, color: FG, letterSpacing: -0.5 }, [
        div({ width: 18, height: 18, borderRadius: 4, backgroundColor: ACCENT, marginRight: 16 }),
        content.siteName,
      ]),
      at(
        PAD_X,
        220,
        { flexDirection: 'column', width: CONTENT_WIDTH },
        tagline.lines.map((line) => div({ fontSize: 60, fontWeight: 800, lineHeight: 1.15, letterSpacing: -1, color: FG, whiteSpace: 'pre' }, line)),
      ),
      at(PAD_X, FOOTER_TOP + 14, { fontSize: 28, fontWeight: 600, color: MUTED, whiteSpace: 'pre' }, topics),
    ],
  );
}

/**
 * The tree to draw for a card. A post whose title, author or category has characters the fonts lack
 * gets the site card instead of "no glyph" boxes; uncovered names those characters.
 */
export function cardTree(card: Card, metrics: FontMetrics, avatar?: string): { tree: OgNode; uncovered: string[] } {
  if (card.kind === 'site') return { tree: siteCard(card.site, metrics.measureAt), uncovered: [] };
  const { post } = card;
  const uncovered = metrics.uncovered(post.title + post.author + post.category);
  if (uncovered.length) return { tree: siteCard(card.site, metrics.measureAt), uncovered };
  return { tree: postCard(post, metrics.measureAt, avatar), uncovered };
}
