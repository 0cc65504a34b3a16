import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users, type UserRole } from '../../db/schema/users';
import { generateRandomId } from './secret-token';

export type UserRow = typeof users.$inferSelect;

/** Emails are compared trimmed and lower-cased; that is also how they are stored. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, normalizeEmail(email)));
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string | null;
  role?: UserRole;
  emailVerifiedAt?: Date | null;
}

/** Inserts a user; null when the email is taken (the unique index decides, so races cannot duplicate). */
export async function insertUser(db: Db, user: NewUser, now: Date): Promise<UserRow | null> {
  const [row] = await db
    .insert(users)
    .values({ id: generateRandomId(), ...user, email: normalizeEmail(user.email), createdAt: now, updatedAt: now })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row ?? null;
}

export async function updateUser(db: Db, id: string, changes: Partial<Omit<UserRow, 'id' | 'createdAt'>>, now: Date): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set({ ...changes, updatedAt: now }).where(eq(users.id, id)).returning();
  return row;
}
