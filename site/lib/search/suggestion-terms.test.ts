import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { processTerm, shardFileName, shardKeyFor, shardsForQuery, termsOf, tokenize } from './suggestion-terms';

describe('tokenize and processTerm', () => {
  it('cut text exactly as MiniSearch does by default', () => {
    const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    for (const text of ['Zero-downtime deploys on Kubernetes', 'C++ and C#: a `tour`, 2024!', '  spaced\tout\nlines ', 'Grüße aus Zürich']) {
      expect(tokenize(text)).toEqual(defaultTokenize(text));
    }
  });

  it('lower-case and fold diacritics, so typed letters match either way', () => {
    expect(processTerm('Tomáš')).toBe('tomas');
    expect(processTerm('ZÜRICH')).toBe('zurich');
    expect(processTerm('Ça')).toBe('ca');
    expect(termsOf('Tomáš Novák, Zürich')).toEqual(['tomas', 'novak', 'zurich']);
  });
});

describe('shardKeyFor', () => {
  const keys = new Set(['ku', 'kub', 'kum', 'po']);

  it('picks the longest key that starts the term', () => {
    expect(shardKeyFor('kubernetes', keys)).toBe('kub');
    expect(shardKeyFor('kuma', keys)).toBe('kum');
    expect(shardKeyFor('postgresql', keys)).toBe('po');
    expect(shardKeyFor('ku', keys)).toBe('ku');
  });

  it('has no shard for one-letter terms or letters no key starts', () => {
    expect(shardKeyFor('k', keys)).toBeNull();
    expect(shardKeyFor('rust', keys)).toBeNull();
  });
});

describe('shardsForQuery', () => {
  // "tr" was split: its words live under "tra" and "tre", and no post has the word "tr" itself.
  const keys = new Set(['ku', 'ze', 'do', 'ca', 'tra', 'tre']);

  it('needs the shard of the word being typed from its second letter on', () => {
    expect(shardsForQuery('k', keys)).toEqual([]);
    expect(shardsForQuery('ku', keys)).toEqual(['ku']);
    expect(shardsForQuery('kubernets', keys)).toEqual(['ku']);
  });

  it('needs one shard per word, each once, and none for one-letter words', () => {
    expect(shardsForQuery('zero downtime', keys)).toEqual(['ze', 'do']);
    expect(shardsForQuery('c kubernetes kubelet', keys)).toEqual(['ku']);
  });

  it('folds the query as the index does', () => {
    expect(shardsForQuery('Ça KUBE', keys)).toEqual(['ca', 'ku']);
  });

  it('in a split prefix, needs the longer key once the word reaches it, and only the exact-word shard before', () => {
    expect(shardsForQuery('tr', keys)).toEqual([]);
    expect(shardsForQuery('tra', keys)).toEqual(['tra']);
    expect(shardsForQuery('tracing trends', keys)).toEqual(['tra', 'tre']);
    expect(shardsForQuery('tr', new Set([...keys, 'tr']))).toEqual(['tr']);
  });
});

describe('shardFileName', () => {
  it('keeps letters and digits and escapes everything else as _ and hex', () => {
    expect(shardFileName('ku')).toBe('ku');
    expect(shardFileName('k8')).toBe('k8');
    expect(shardFileName('c++')).toBe('c_2b_2b');
    expect(shardFileName('ß')).toBe('_c3_9f');
    expect(shardFileName('<i')).toBe('_3ci');
  });

  it('gives different keys different names', () => {
    const keys = ['c+', 'c_2b', 'c2b', 'cb', 'ßa', 'ss'];
    expect(new Set(keys.map(shardFileName)).size).toBe(keys.length);
  });
});
