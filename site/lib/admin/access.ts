// What an admin page shows when the API will not answer it: a way to sign in (401) or a plain
// "not for you" (403). Anything else is an ordinary error.
import type { ApiFailure } from '../api/request';
import { signInUrl } from '../account/next-url';

export type AccessProblem = { kind: 'sign-in'; href: string } | { kind: 'forbidden'; message: string };

export function accessProblem(failure: ApiFailure, here: string): AccessProblem | null {
  if (failure.status === 401) return { kind: 'sign-in', href: signInUrl(here) };
  if (failure.status === 403 && failure.code === 'forbidden') return { kind: 'forbidden', message: failure.message };
  return null;
}
