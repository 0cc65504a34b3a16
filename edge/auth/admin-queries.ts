import { and, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users, type UserRole } from '../../db/schema/users';

export interface UserListQuery {
  role?: UserRole;
  /** Matches email or display name, case-insensitively (SQLite LIKE). */
  q?: string;
  limit: number;
  offset: number;
}

/** LIKE with the user's text taken literally: %, _ and the escape character itself are escaped. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export async function listUsers(db: Db, query: UserListQuery) {
  const filters: SQL[] = [];
  if (query.role) filters.push(eq(users.role, query.role));
  if (query.q) {
    const pattern = containing(query.q);
    filters.push(or(like(users.email, pattern), like(users.displayName, pattern))!);
  }
  const where = filters.length ? and(...filters) : undefined;
  const rows = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, role: users.role, emailVerifiedAt: users.emailVerifiedAt, createdAt: users.createdAt })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), users.email)
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { users: rows, total: total?.n ?? 0 };
}

export async function countAdmins(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
  return row?.n ?? 0;
}
