// The Open Graph card design as satori element trees (plain objects, no JSX). A post card is a
// frame (background, category, author, site name), shared by every post with the same author and
// category, and a title patch: an opaque box drawn over the frame's empty middle. The frame is
// rasterised once per author and category; each card rasterises only its title box.
import { fitTitle, wrapText, type FittedTitle, type Measure } from './wrap.ts';
import type { OgWeight } from './fonts.ts';

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

/** The band between the category label and the footer: the frame draws nothing there. */
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

/** Measure for each font size the template uses, keyed by weight. */
export type MeasureAt = (weight: OgWeight, size: number, letterSpacing?: number) => Measure;

export function fitPostTitle(title: string, measureAt: MeasureAt): FittedTitle {
  return fitTitle(title, (size) => measureAt(TITLE_WEIGHT, size), TITLE_FIT);
}

/** A rectangle of the card drawn on its own and copied over the frame, which is plain BG there. */
export interface Patch {
  left: number;
  top: number;
  width: number;
  height: number;
  tree: OgNode;
}

// Room around the lines for accents above capitals and descenders below the last line.
const BLEED = 16;

/**
 * The title patch: one box per line, so satori draws exactly the lines chosen by fitPostTitle; only
 * as wide as the widest line, since every pixel drawn and copied costs build time.
 */
export function titlePatch(title: FittedTitle): Patch {
  const { fontSize } = title;
  const width = Math.min(CONTENT_WIDTH, Math.ceil(title.width)) + 2 * BLEED;
  const height = Math.ceil(title.lines.length * fontSize * TITLE_FIT.lineHeight) + 2 * BLEED;
  const lines = title.lines.map((line) =>
    div({ fontSize, fontWeight: TITLE_WEIGHT, lineHeight: TITLE_FIT.lineHeight, letterSpacing: TITLE_TRACKING, color: FG, whiteSpace: 'pre' }, line),
  );
  return {
    left: PAD_X - BLEED,
    top: TITLE_TOP - BLEED,
    width,
    height,
    tree: div({ width, height, display: 'flex', flexDirection: 'column', padding: BLEED, backgroundColor: BG, fontFamily: 'Inter' }, lines),
  };
}

export interface FrameInputs {
  siteName: string;
  category: string;
  author: string;
  /** data: URI of a square image, or undefined for a monogram. */
  avatar?: string;
}

/** Everything but the title. Labels that could overflow are cut with an ellipsis by wrapText. */
export function frameLayer(inputs: FrameInputs, measureAt: MeasureAt): OgNode {
  const label = wrapText(inputs.category.toUpperCase(), measureAt(600, LABEL_SIZE, 3), CONTENT_WIDTH, 1).lines[0] ?? '';
  const author = wrapText(inputs.author, measureAt(600, 30), CONTENT_WIDTH / 2, 1).lines[0] ?? '';
  const avatar: OgNode = inputs.avatar
    ? { type: 'img', props: { src: inputs.avatar, width: AVATAR, height: AVATAR, style: { borderRadius: AVATAR / 2, marginRight: 20 } } }
    : div(
        { display: 'flex', width: AVATAR, height: AVATAR, borderRadius: AVATAR / 2, marginRight: 20, backgroundColor: BAR, color: FG, fontSize: 28, fontWeight: 800, alignItems: 'center', justifyContent: 'center' },
        [...author][0] ?? '',
      );
  return canvas(
    [
      at(0, 0, { width: OG_WIDTH, height: BAR_HEIGHT, backgroundColor: BAR }),
      at(PAD_X, LABEL_TOP, { fontSize: LABEL_SIZE, fontWeight: 600, letterSpacing: 3, color: ACCENT }, label),
      at(PAD_X, FOOTER_TOP, { alignItems: 'center', height: AVATAR }, [avatar, div({ fontSize: 30, fontWeight: 600, color: FG }, author)]),
      at(PAD_X, FOOTER_TOP, { width: CONTENT_WIDTH, height: AVATAR, alignItems: 'center', justifyContent: 'flex-end', fontSize: 34, fontWeight: 800, color: FG, letterSpacing: -0.5 }, [
        div({ width: 14, height: 14, borderRadius: 3, backgroundColor: ACCENT, marginRight: 12 }),
        inputs.siteName,
      ]),
    ],
  );
}

export interface SiteCardInputs {
  siteName: string;
  tagline: string;
  /** Shown along the bottom, e.g. the categories. */
  topics: string[];
}

/** The site-wide card for the home page and listings. */
export function siteCard(inputs: SiteCardInputs, measureAt: MeasureAt): OgNode {
  const tagline = wrapText(inputs.tagline, measureAt(800, 60, -1), CONTENT_WIDTH, 3);
  const topics = wrapText(inputs.topics.join('  ·  '), measureAt(600, 28), CONTENT_WIDTH, 1).lines[0] ?? '';
  return canvas(
    [
      at(0, 0, { width: OG_WIDTH, height: BAR_HEIGHT, backgroundColor: BAR }),
      at(PAD_X, 110, { alignItems: 'center', fontSize: 44, fontWeight: 800, color: FG, letterSpacing: -0.5 }, [
        div({ width: 18, height: 18, borderRadius: 4, backgroundColor: ACCENT, marginRight: 16 }),
        inputs.siteName,
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
