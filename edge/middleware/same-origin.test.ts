import { describe, expect, it } from 'vitest';
import { isCrossOrigin } from './same-origin';

const URL = 'https://blog.example/api/chat/lobby/messages';

describe('isCrossOrigin', () => {
  it('allows a same-origin browser request', () => {
    expect(isCrossOrigin(URL, new Headers({ origin: 'https://blog.example', 'sec-fetch-site': 'same-origin' }))).toBe(false);
  });

  it('allows a non-browser client that sends neither header', () => {
    expect(isCrossOrigin(URL, new Headers())).toBe(false);
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['the same host on another scheme', { origin: 'http://blog.example' }],
    ['the same host on another port', { origin: 'https://blog.example:8443' }],
    ['an opaque origin', { origin: 'null' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    ['a same-site subdomain', { 'sec-fetch-site': 'same-site' }],
    ['a same-origin claim contradicted by Sec-Fetch-Site', { origin: 'https://blog.example', 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s', (_, headers) => {
    expect(isCrossOrigin(URL, new Headers(headers))).toBe(true);
  });
});
