// The outbox page's pure parts: its query and the links in a message's text part (the HTML part is
// only ever shown inside a sandboxed iframe, so its links cannot be clicked; these can).

export function outboxQuery(to: string, limit = 50): string {
  const params = new URLSearchParams({ limit: String(limit) });
  const recipient = to.trim();
  if (recipient) params.set('to', recipient);
  return `/api/outbox?${params}`;
}

/** Every distinct http(s) URL in a plain-text message, in order. */
export function extractLinks(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"']+/g) ?? [];
  const links: string[] = [];
  for (const raw of found) {
    const candidate = raw.replace(/[.,;:!?)\]]+$/, '');
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !links.includes(url.href)) links.push(url.href);
    } catch {
      // not a URL after all
    }
  }
  return links;
}
