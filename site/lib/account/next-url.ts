// The sign-in page's URL for coming back; which paths are safe is decided in edge/auth/next-path.ts.
import { safeNextPath } from '../../../edge/auth/next-path';

/** The sign-in page's URL that comes back to `path` afterwards. */
export function signInUrl(path: string): string {
  const next = safeNextPath(path);
  return next === '/' ? '/account/sign-in/' : `/account/sign-in/?${new URLSearchParams({ next })}`;
}
