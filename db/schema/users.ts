import { sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const USER_ROLES = ['reader', 'author', 'editor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** Stored lower-cased; the unique index makes sign-up races fail instead of duplicating. */
    email: text('email').notNull(),
    emailVerifiedAt: integer('email_verified_at', { mode: 'timestamp' }),
    displayName: text('display_name').notNull(),
    /** Encoded with its algorithm and parameters so they can be raised later. Null for OAuth-only accounts. */
    passwordHash: text('password_hash'),
    role: text('role', { enum: USER_ROLES }).notNull().default('reader'),
    bio: text('bio'),
    avatarKey: text('avatar_key'),
    website: text('website'),
    /** Profile links by network (github, mastodon, x, linkedin), validated by edge/auth on write. */
    social: text('social', { mode: 'json' }).$type<Partial<Record<'github' | 'mastodon' | 'x' | 'linkedin', string>>>(),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
  },
  (table) => [uniqueIndex('users_email_unique').on(table.email)],
);
