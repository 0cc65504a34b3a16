import { sqliteTable, text, integer, blob, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const USER_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type UserTokenPurpose = (typeof USER_TOKEN_PURPOSES)[number];

/**
 * Single-use links sent by email. Like sessions, the link carries `id.secret` and only SHA-256 of
 * the secret is stored. One live token per user and purpose: issuing a new one replaces the old.
 */
export const userTokens = sqliteTable(
  'user_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: USER_TOKEN_PURPOSES }).notNull(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    /** The address the link was sent to: a verification only counts for the address it was sent to. */
    email: text('email').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
  },
  (table) => [
    uniqueIndex('user_tokens_user_purpose_unique').on(table.userId, table.purpose),
    index('user_tokens_expires_at_idx').on(table.expiresAt),
  ],
);
