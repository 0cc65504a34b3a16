// Where to go after signing in (the sign-in page's ?next=, a social sign-in's return path): the
// path when it is a path on this site, else home. A value that a browser could read as another
// origin (`//evil.example`, `/\evil.example`, an absolute URL, a scheme) is refused, and so is a
// page that would only bring the reader back here.
const BASE = 'https://blogx.invalid';
const NOT_AFTER_SIGN_IN = ['/account/sign-in/', '/account/sign-up/', '/api/'];

export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000) return '/';
  // Only a single slash then a non-slash starts a same-site path; browsers read "\" as "/".
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil.example".
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  return NOT_AFTER_SIGN_IN.some((prefix) => url.pathname.startsWith(prefix)) ? '/' : path;
}

