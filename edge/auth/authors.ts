// Accounts and the committed authors (content/authors.json, DESIGN.md §5): the account whose
// verified email is an author's email is that author. Bundled into the Worker at build time.
import authors from '../../content/authors.json';

const AUTHOR_ID_BY_EMAIL = new Map(authors.map((author) => [author.email.toLowerCase(), author.id]));

/** The author id of a verified account's email, or null. */
export function authorIdFor(user: { email: string; emailVerifiedAt: Date | null }): string | null {
  return user.emailVerifiedAt ? (AUTHOR_ID_BY_EMAIL.get(user.email.toLowerCase()) ?? null) : null;
}
