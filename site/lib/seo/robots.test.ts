import { describe, expect, it } from 'vitest';
import { renderRobotsTxt } from './robots';

describe('renderRobotsTxt', () => {
  const text = renderRobotsTxt('https://blog.example.com');

  it('points crawlers at the absolute sitemap URL', () => {
    expect(text).toContain('Sitemap: https://blog.example.com/sitemap.xml\n');
  });

  it('keeps crawlers out of the admin, account screens and API but not the reader site', () => {
    const disallowed = text.split('\n').filter((line) => line.startsWith('Disallow:'));
    expect(disallowed).toEqual(['Disallow: /admin/', 'Disallow: /account/', 'Disallow: /api/', 'Disallow: /preview/']);
    expect(text).toContain('Allow: /\n');
  });
});
