import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitTitle, toWords, wrapBalanced, wrapText, type Measure } from './wrap';

// Monospace stand-in: every grapheme is 10px wide, so widths are easy to reason about.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const mono: Measure = (text) => [...graphemes.segment(text)].length * 10;

describe('wrapText', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('Session tokens done right', mono, 400)).toEqual({ lines: ['Session tokens done right'], truncated: false });
  });

  it('breaks a long title between words, each line within the width', () => {
    const { lines } = wrapText('Getting ready for Rust 2027: how editions work and how to migrate calmly', mono, 200);
    expect(lines).toEqual(['Getting ready for', 'Rust 2027: how', 'editions work and', 'how to migrate', 'calmly']);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(200);
  });

  it('collapses runs of whitespace and trims the ends', () => {
    expect(wrapText('  Zero-downtime \n\t deploys  ', mono, 1000).lines).toEqual(['Zero-downtime deploys']);
  });

  it('may break after a hyphen inside a word, keeping the hyphen on the first line', () => {
    expect(wrapText('Docker multi-stage builds', mono, 130).lines).toEqual(['Docker multi-', 'stage builds']);
  });

  it('keeps slashed terms such as CI/CD whole', () => {
    expect(wrapText('Modern CI/CD pipelines', mono, 100).lines).toEqual(['Modern', 'CI/CD', 'pipelines']);
  });

  it('splits a word longer than the line between graphemes, never inside one', () => {
    expect(wrapText('Supercalifragilisticexpialidocious words', mono, 100).lines).toEqual(['Supercalif', 'ragilistic', 'expialidoc', 'ious words']);
    // Each flag is one grapheme of two code points; q + combining acute has no precomposed form.
    expect(wrapText('🇨🇿🇩🇪🇫🇷', mono, 20).lines).toEqual(['🇨🇿🇩🇪', '🇫🇷']);
    expect(wrapText('q\u0301q\u0301q\u0301', mono, 20).lines).toEqual(['q\u0301q\u0301', 'q\u0301']);
  });

  it('wraps Greek, Cyrillic and accented Latin like any other words', () => {
    expect(wrapText('Ωμέγα και Привет: Überall schön', mono, 170).lines).toEqual(['Ωμέγα και Привет:', 'Überall schön']);
  });

  it('treats decomposed and precomposed accents alike', () => {
    expect(wrapText('Cafe\u0301', mono, 1000).lines).toEqual(['Café']);
  });

  it('may break between any two CJK characters but keeps closing punctuation on the line', () => {
    const words = toWords('日本語のタイトル。テスト');
    expect(words.map((w) => w.text)).toEqual(['日', '本', '語', 'の', 'タ', 'イ', 'ト', 'ル。', 'テ', 'ス', 'ト']);
    expect(wrapText('日本語のタイトル。テスト', mono, 50).lines).toEqual(['日本語のタ', 'イトル。テ', 'スト']);
  });

  it('joins words with a space only where the text had one', () => {
    expect(toWords('Rust 日本 (2027)').map((w) => [w.joiner, w.text])).toEqual([
      ['', 'Rust'],
      [' ', '日'],
      ['', '本'],
      [' ', '(2027)'],
    ]);
  });

  it('cuts at maxLines with an ellipsis that fits, dropping a dangling separator', () => {
    const result = wrapText('Helm vs Kustomize: choosing how to ship your manifests today', mono, 180, 2);
    expect(result.truncated).toBe(true);
    expect(result.lines).toEqual(['Helm vs Kustomize:', `choosing how to${ELLIPSIS}`]);
    for (const line of result.lines) expect(mono(line)).toBeLessThanOrEqual(180);
    // "Helm vs Kustomize:…" is one px too wide; dropping the colon is enough.
    expect(wrapText('Helm vs Kustomize: choosing', mono, 180, 1).lines).toEqual([`Helm vs Kustomize${ELLIPSIS}`]);
  });

  it('returns no lines for an empty title', () => {
    expect(wrapText('   ', mono, 100)).toEqual({ lines: [], truncated: false });
  });
});

describe('wrapBalanced', () => {
  it('evens out the lines without adding one', () => {
    const text = 'Static sites and Core Web Vitals: where the milliseconds still go';
    expect(wrapText(text, mono, 330).lines).toEqual(['Static sites and Core Web Vitals:', 'where the milliseconds still go']);
    expect(wrapText(text, mono, 260).lines).toEqual(['Static sites and Core Web', 'Vitals: where the', 'milliseconds still go']);
    expect(wrapBalanced(text, mono, 260).lines).toEqual(['Static sites and Core', 'Web Vitals: where the', 'milliseconds still go']);
  });

  it('never splits a word to balance, and leaves one line alone', () => {
    expect(wrapBalanced('Internationalization matters', mono, 270).lines).toEqual(['Internationalization', 'matters']);
    expect(wrapBalanced('Session tokens', mono, 1000).lines).toEqual(['Session tokens']);
  });
});

describe('fitTitle', () => {
  const options = { sizes: [80, 64, 48], maxWidth: 1000, maxHeight: 300, lineHeight: 1.25, maxLines: 4 };
  // Width grows with the size: each grapheme is 0.5em.
  const measureAt = (size: number): Measure => (text) => mono(text) * (size / 20);

  it('balances the lines at the size it picks', () => {
    // At 80px (25 graphemes a line) greedy gives 19 + 13 graphemes; balanced, 15 + 17.
    const fitted = fitTitle('Gateway API for the Ingress crowd', measureAt, options);
    expect(fitted.lines).toEqual(['Gateway API for', 'the Ingress crowd']);
    expect(fitted.width).toBe(17 * 40); // the widest line
  });

  it('uses the largest size for a short title', () => {
    expect(fitTitle('Session tokens done right', measureAt, options)).toEqual({ lines: ['Session tokens done right'], truncated: false, fontSize: 80, width: 1000 });
  });

  it('steps down a size when the title needs more lines than fit at the larger one', () => {
    // At 80px a line holds 25 graphemes and 3 lines fit (300 / 100): one 14-letter word a line,
    // 6 lines. At 64px a line holds 31: two words a line, 3 lines, which fit (300 / 80).
    const title = Array.from({ length: 6 }, (_, i) => String.fromCharCode(97 + i).repeat(14)).join(' ');
    const fitted = fitTitle(title, measureAt, options);
    expect(fitted.fontSize).toBe(64);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.truncated).toBe(false);
  });

  it('truncates at the smallest size when even that cannot hold the title', () => {
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const fitted = fitTitle(title, measureAt, options);
    expect(fitted.fontSize).toBe(48);
    expect(fitted.lines).toHaveLength(4); // 300 / 60 = 5 lines fit, capped by maxLines
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
  });
});
