// The users page's pure parts: its query and the page range it shows.
import type { Role } from '../account/account';

export const USERS_PAGE_SIZE = 25;

export interface UserFilter {
  q: string;
  role: Role | '';
  offset: number;
}

export function usersQuery({ q, role, offset }: UserFilter, limit = USERS_PAGE_SIZE): string {
  const params = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  const search = q.trim();
  if (search) params.set('q', search.slice(0, 100));
  if (role) params.set('role', role);
  return `/api/users?${params}`;
}

/** "1–25 of 60", "No accounts". */
export function describeRange(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return 'No accounts';
  return `${offset + 1}–${offset + shown} of ${total}`;
}
