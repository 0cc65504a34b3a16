// The signed-in account as the browser sees it (GET /api/auth/me), checked at the boundary without
// a schema library: zod would cost more bytes than the reader pages' whole JavaScript budget leaves.
// Roles and their order mirror db/schema/users.ts (imported there with drizzle, too heavy here).

export const ROLES = ['reader', 'author', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const SOCIAL_NETWORKS = ['github', 'mastodon', 'x', 'linkedin'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export interface Account {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  emailVerified: boolean;
  bio: string | null;
  website: string | null;
  social: Partial<Record<SocialNetwork, string>>;
  avatarUrl: string | null;
}

export class ShapeError extends Error {
  constructor(what: string) {
    super(`unexpected ${what}`);
    this.name = 'ShapeError';
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function expectString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ShapeError(what);
  return value;
}

export function expectNullableString(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : expectString(value, what);
}

export function expectRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new ShapeError(what);
  return value;
}

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/** An account object from the API, or a ShapeError. Unknown social networks are dropped. */
export function parseAccount(value: unknown): Account {
  const user = expectRecord(value, 'account');
  if (!isRole(user.role)) throw new ShapeError('role');
  if (typeof user.emailVerified !== 'boolean') throw new ShapeError('emailVerified');
  const socialIn = user.social === undefined || user.social === null ? {} : expectRecord(user.social, 'social');
  const social: Account['social'] = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = socialIn[network];
    if (typeof url === 'string') social[network] = url;
  }
  return {
    id: expectString(user.id, 'id'),
    email: expectString(user.email, 'email'),
    displayName: expectString(user.displayName, 'displayName'),
    role: user.role,
    emailVerified: user.emailVerified,
    bio: expectNullableString(user.bio, 'bio'),
    website: expectNullableString(user.website, 'website'),
    social,
    avatarUrl: expectNullableString(user.avatarUrl, 'avatarUrl'),
  };
}

/** The `{ user }` body of /api/auth/me, sign-in, verify and profile updates. */
export const parseUserBody = (body: unknown): Account => parseAccount(expectRecord(body, 'body').user);

/** `{ message }` bodies (sign-up, forgot, reset, resend). */
export const parseMessageBody = (body: unknown): string => expectString(expectRecord(body, 'body').message, 'message');

/** Roles are ordered: each includes the ones before it (reader < author < editor < admin). */
export const hasRole = (actual: Role, required: Role): boolean => ROLES.indexOf(actual) >= ROLES.indexOf(required);

export interface MenuLink {
  href: string;
  label: string;
  /** The least role that sees this link. */
  role: Role;
}

/** Everything the account menu can offer, in order; each account sees those its role allows. */
export const ACCOUNT_MENU_LINKS: readonly MenuLink[] = [
  { href: '/account/settings/', label: 'Settings', role: 'reader' },
  { href: '/admin/', label: 'Admin', role: 'author' },
  { href: '/admin/users/', label: 'Users', role: 'admin' },
  { href: '/admin/settings/', label: 'Site settings', role: 'admin' },
  { href: '/admin/outbox/', label: 'Outbox', role: 'admin' },
];

export const menuLinksFor = (role: Role): MenuLink[] => ACCOUNT_MENU_LINKS.filter((link) => hasRole(role, link.role));

/** One letter (or symbol) for the avatar placeholder: the first of the display name, as people read it. */
export function initialOf(displayName: string): string {
  const first = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(displayName.trim())][0]?.segment ?? '';
  return first.toLocaleUpperCase() || '?';
}
