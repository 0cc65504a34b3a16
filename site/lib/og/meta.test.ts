import { describe, expect, it } from 'vitest';
import { OG_IMAGE_SIZE, SITE_OG_IMAGE_PATH, postOgImageAlt, postOgImagePath, siteOgImageAlt } from './meta.ts';

describe('OG image meta', () => {
  it('serves cards at /og/<slug>.png and /og/site.png, 1200x630 PNG', () => {
    expect(postOgImagePath('session-tokens-done-right')).toBe('/og/session-tokens-done-right.png');
    expect(SITE_OG_IMAGE_PATH).toBe('/og/site.png');
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
