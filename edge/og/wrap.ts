// Title wrapping for Open Graph cards. Pure: the caller passes a measure function (text -> width in
// px), so the rules are tested without fonts and the renderer draws exactly the lines chosen here.

/** Width in px of a single line of text at the size the measure was made for. */
export type Measure = (text: string) => number;

export interface Wrapped {
  lines: string[];
  /** True when text was dropped to fit maxLines (the last line then ends with an ellipsis). */
  truncated: boolean;
}

export const ELLIPSIS = '…';

interface Word {
  text: string;
  /** What joins this word to the previous one on the same line: a space, or nothing. */
  joiner: '' | ' ';
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const wordSegments = new Intl.Segmenter(undefined, { granularity: 'word' });
// Scripts written without spaces: a line may break between any two of their characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
// A line may break after a hyphen or dash inside a word (multi-stage, client–server). Not after a
// slash: titles have "CI/CD" and "TCP/IP", which read badly split.
const BREAK_AFTER = /[-‐–—]$/u;
// Separators that should not dangle before an ellipsis ("Rust: …").
const TRAILING_SEPARATORS = /[\s,;:–—-]+$/u;

function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** The units a line may not be broken inside, with how each joins the one before it. */
export function toWords(text: string): Word[] {
  const words: Word[] = [];
  let current = '';
  let joiner: Word['joiner'] = '';
  const flush = () => {
    if (!current) return;
    words.push({ text: current, joiner: words.length ? joiner : '' });
    current = '';
    joiner = '';
  };
  for (const { segment, isWordLike } of wordSegments.segment(text.normalize('NFC'))) {
    if (/^\s+$/u.test(segment)) {
      flush();
      joiner = ' ';
    } else if (UNSPACED.test(segment)) {
      // ICU groups CJK characters into dictionary words; a line may break between any two.
      flush();
      for (const char of splitGraphemes(segment)) {
        current = char;
        flush();
      }
    } else if (!isWordLike && !current && joiner === '' && words.length) {
      // Closing punctuation stays with the word before it ("日本語。", "multi-(stage)").
      words[words.length - 1]!.text += segment;
    } else {
      current += segment;
      if (BREAK_AFTER.test(current) && current.length > 1) flush();
    }
  }
  flush();
  return words;
}

/** Breaks one overlong word into pieces that each fit, splitting between graphemes only. */
function hardBreak(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of splitGraphemes(word)) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Shortens a line until it fits with an ellipsis, cutting whole words while there are several. */
function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
  let text = line.replace(TRAILING_SEPARATORS, '');
  while (text && measure(text + ELLIPSIS) > maxWidth) {
    const lastSpace = text.lastIndexOf(' ');
    text = (lastSpace > 0 ? text.slice(0, lastSpace) : splitGraphemes(text).slice(0, -1).join('')).replace(TRAILING_SEPARATORS, '');
  }
  return text + ELLIPSIS;
}

/**
 * Greedy line breaking: each line takes as many words as fit in maxWidth. Whitespace runs collapse
 * to one space; words wider than a line are split between graphemes. When more than maxLines would
 * be needed, the last kept line ends with an ellipsis.
 */
export function wrapText(text: string, measure: Measure, maxWidth: number, maxLines = Infinity): Wrapped {
  const lines: string[] = [];
  let line = '';
  for (const word of toWords(text.trim())) {
    const candidate = line ? line + word.joiner + word.text : word.text;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = hardBreak(word.text, measure, maxWidth);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(kept[maxLines - 1]!, measure, maxWidth);
  return { lines: kept, truncated: true };
}

export interface FitOptions {
  /** Font sizes to try, largest first. */
  sizes: readonly number[];
  maxWidth: number;
  /** Height available for the whole title block, in px. */
  maxHeight: number;
  lineHeight: number;
  /** Upper bound on lines whatever the height allows. */
  maxLines: number;
}

export interface FittedTitle extends Wrapped {
  fontSize: number;
  /** Width of the widest line, by the measure (an upper bound of the drawn width). */
  width: number;
}

/**
 * Like CSS `text-wrap: balance`: the narrowest width (to 1px) at which the text still takes as many
 * lines as at maxWidth, so the lines come out about even instead of a full line and a stray word.
 */
export function wrapBalanced(text: string, measure: Measure, maxWidth: number): Wrapped {
  const greedy = wrapText(text, measure, maxWidth);
  // Never narrower than the widest word, so balancing splits no word; none to balance if one is split.
  const widest = Math.max(0, ...toWords(text.trim()).map((word) => measure(word.text)));
  if (greedy.lines.length < 2 || widest > maxWidth) return greedy;
  let low = Math.ceil(widest) - 1;
  let high = maxWidth;
  let best = greedy;
  while (high - low > 1) {
    const width = Math.floor((low + high) / 2);
    const trial = wrapText(text, measure, width);
    if (trial.lines.length > greedy.lines.length) {
      low = width;
    } else {
      high = width;
      best = trial;
    }
  }
  return best;
}

/**
 * Picks the largest size at which the whole title fits the box, with balanced lines; at the smallest
 * size a title that still does not fit is cut with an ellipsis. measureAt(size) returns a Measure.
 */
export function fitTitle(title: string, measureAt: (size: number) => Measure, options: FitOptions): FittedTitle {
  const { sizes, maxWidth, maxHeight, lineHeight, maxLines } = options;
  if (sizes.length === 0) throw new Error('fitTitle needs at least one font size');
  const linesAt = (size: number) => Math.max(1, Math.min(maxLines, Math.floor(maxHeight / (size * lineHeight))));
  const fitted = (wrapped: Wrapped, measure: Measure, fontSize: number): FittedTitle => ({
    ...wrapped,
    fontSize,
    width: Math.max(0, ...wrapped.lines.map(measure)),
  });
  for (const size of sizes.slice(0, -1)) {
    const measure = measureAt(size);
    const wrapped = wrapText(title, measure, maxWidth);
    if (wrapped.lines.length <= linesAt(size)) return fitted(wrapBalanced(title, measure, maxWidth), measure, size);
  }
  const smallest = sizes.at(-1)!;
  const measure = measureAt(smallest);
  const wrapped = wrapText(title, measure, maxWidth, linesAt(smallest));
  return fitted(wrapped.truncated ? wrapped : wrapBalanced(title, measure, maxWidth), measure, smallest);
}
