import { describe, expect, it } from 'vitest';
import { describeDevice } from './device';

describe('describeDevice', () => {
  it('names browser and operating system only', () => {
    expect(describeDevice('Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0')).toBe('Firefox on Linux');
    expect(describeDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1')).toBe('Mobile Safari on iOS');
  });

  it('gives nothing for a missing or meaningless user agent', () => {
    expect(describeDevice(undefined)).toBeNull();
    expect(describeDevice('curl-ish <script>')).toBeNull();
  });
});
