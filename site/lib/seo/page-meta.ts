// Small pure rules behind page titles and social tags.

/** Paginated listings repeat their title and description; page n > 1 says so, keeping both unique. */
export function withPageNumber(text: string, page: number): string {
  return page > 1 ? `${text} (page ${page})` : text;
}

/** `@handle` from an X/Twitter profile URL, for twitter:creator; undefined for anything else. */
export function xHandle(profileUrl: string | undefined): string | undefined {
  if (!profileUrl) return undefined;
  try {
    const url = new URL(profileUrl);
    if (!['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com'].includes(url.hostname)) return undefined;
    const handle = url.pathname.split('/')[1];
    return handle && /^\w{1,15}$/.test(handle) ? `@${handle}` : undefined;
  } catch {
    return undefined;
  }
}

/** og:locale wants language_TERRITORY; a bare language gets its most common territory. */
export function ogLocale(locale: string): string {
  const [language = 'en', territory] = locale.split(/[-_]/);
  const defaults: Record<string, string> = { en: 'US', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', pt: 'BR', ja: 'JP', cs: 'CZ' };
  const region = territory ?? defaults[language.toLowerCase()];
  return region ? `${language.toLowerCase()}_${region.toUpperCase()}` : language.toLowerCase();
}
