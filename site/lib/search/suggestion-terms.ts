// How text becomes suggestion terms, and which shard of the suggestion index holds a term. Shared by
// the build (which writes the shards) and the browser (which fetches the shards a query needs), so
// both cut and fold words exactly as the MiniSearch index does.

/** MiniSearch's default tokenizer, spelled out so the shard keys are cut by the same rule. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/** Terms shorter than this pick no shard: a shard key is a term's first letters. */
export const MIN_KEY_LENGTH = 2;
/** Crowded prefixes split up to this many letters (see splitShards in suggestion-shards.ts). */
export const MAX_KEY_LENGTH = 4;

export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** Lower case with diacritics folded, so "tomas" finds "Tomáš" and "Tomáš" finds "tomas". */
export function processTerm(term: string): string {
  // Most words are plain ASCII: skipping the Unicode work for them makes indexing a third faster.
  if (/^[\x00-\x7f]*$/.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The terms of a text as the index stores them, empty pieces dropped. */
export function termsOf(text: string): string[] {
  return tokenize(text).map(processTerm).filter(Boolean);
}

/** The first `length` characters (code points, so a letter outside the BMP is never cut in half). */
export function prefixOf(term: string, length: number): string {
  return Array.from(term).slice(0, length).join('');
}

export function termLength(term: string): number {
  return Array.from(term).length;
}

/**
 * The shard that holds `term`: the longest key that starts it. A key that was split keeps only the
 * term equal to it, so a longer term always finds its own, longer key. Null for one-letter terms
 * and when no indexed term begins with the same letters.
 */
export function shardKeyFor(term: string, keys: ReadonlySet<string>): string | null {
  for (let length = Math.min(termLength(term), MAX_KEY_LENGTH); length >= MIN_KEY_LENGTH; length--) {
    const key = prefixOf(term, length);
    if (keys.has(key)) return key;
  }
  return null;
}

/**
 * The shards a query needs: one for each of its words from two letters on, the complete ones and
 * the one being typed. Typo tolerance then works inside a shard, so a typo after a word's key
 * ("kubernets" in "ku") is found, while one in its first two letters ("lubernetes") is out of reach
 * by design, as with Pagefind. Where a crowded prefix was split, the key is 3 or 4 letters long and
 * so is the part that must be typed right; a word shorter than that key loads only the shard of
 * the term equal to it, never the whole family, until the next letter arrives.
 */
export function shardsForQuery(query: string, keys: ReadonlySet<string>): string[] {
  const needed = new Set<string>();
  for (const term of termsOf(query)) {
    const key = shardKeyFor(term, keys);
    if (key) needed.add(key);
  }
  return [...needed];
}

/**
 * A key as a file name: ASCII letters and digits as they are, every other byte of its UTF-8 as
 * `_` and two hex digits. Keys never contain `_` (it is punctuation to the tokenizer), so no two
 * keys share a name, and the name is safe in any URL and on any file system.
 */
export function shardFileName(key: string): string {
  let name = '';
  for (const byte of new TextEncoder().encode(key)) {
    const char = String.fromCharCode(byte);
    name += /[a-z0-9]/.test(char) ? char : `_${byte.toString(16).padStart(2, '0')}`;
  }
  return name;
}
