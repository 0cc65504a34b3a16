import { describe, expect, it } from 'vitest';
import { extractLinks, outboxQuery } from './outbox';

describe('outboxQuery', () => {
  it('filters by recipient only when one is given', () => {
    expect(outboxQuery('')).toBe('/api/outbox?limit=50');
    expect(outboxQuery(' ada+test@example.com ')).toBe('/api/outbox?limit=50&to=ada%2Btest%40example.com');
  });
});

describe('extractLinks', () => {
  it('finds the links of a text message without trailing punctuation, once each', () => {
    const text = 'Confirm:\n\nhttp://localhost:8787/account/verify/?token=abc.def\n\nOr (https://blogx.example/account/reset/?token=x).\nAgain: http://localhost:8787/account/verify/?token=abc.def';
    expect(extractLinks(text)).toEqual(['http://localhost:8787/account/verify/?token=abc.def', 'https://blogx.example/account/reset/?token=x']);
  });

  it('ignores other schemes and markup around links', () => {
    expect(extractLinks('javascript:alert(1) <a href="https://a.example/x">x</a> ftp://b.example')).toEqual(['https://a.example/x']);
  });
});
