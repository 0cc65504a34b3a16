// A coarse device label for the session list ("Firefox on Linux"): enough to recognise a session,
// never the raw user agent, which is not stored.
import UAParser from 'ua-parser-js';

export function describeDevice(userAgent: string | undefined): string | null {
  if (!userAgent) return null;
  const { browser, os } = new UAParser(userAgent.slice(0, 512)).getResult();
  if (!browser.name && !os.name) return null;
  if (!os.name) return browser.name ?? null;
  return browser.name ? `${browser.name} on ${os.name}` : os.name;
}
