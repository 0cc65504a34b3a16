/**
 * Where to go after signing in: only a path on this site. `//evil.example` and `/\evil.example`
 * are protocol-relative in browsers, so anything but a single leading slash goes home instead.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\u0000-\u001f]/.test(next)) return '/';
  return next.slice(0, 512);
}
