import { describe, expect, it } from 'vitest';
import { OG_IMAGE_SIZE, postOgImageAlt, postOgImageUrl, siteOgImageAlt, siteOgImageUrl } from './meta';

describe('OG image meta', () => {
  it('serves versioned cards at /og/<slug>.png and /og/site.png, 1200x630 PNG', () => {
    expect(postOgImageUrl('session-tokens-done-right', '0123456789abcdef')).toBe('/og/session-tokens-done-right.png?v=0123456789abcdef');
    expect(siteOgImageUrl('fedcba9876543210')).toBe('/og/site.png?v=fedcba9876543210');
    expect(OG_IMAGE_SIZE).toEqual({ width: 1200, height: 630, type: 'image/png' });
  });

  it('describes what each card shows', () => {
    expect(postOgImageAlt({ title: 'Session tokens done right', author: 'Amara Okafor', category: 'Security', siteName: 'BlogX' })).toBe(
      'Session tokens done right, by Amara Okafor, in Security, on BlogX',
    );
    expect(siteOgImageAlt({ siteName: 'BlogX', tagline: 'Field notes on building and running software' })).toBe(
      'BlogX: Field notes on building and running software',
    );
  });
});
