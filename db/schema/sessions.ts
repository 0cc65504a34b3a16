import { sqliteTable, text, integer, blob, index } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Lucia-style sessions: the token is `id.secret`; only SHA-256(secret) is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    /** Idle expiry is measured from here; refreshed at most hourly. */
    lastVerifiedAt: integer('last_verified_at', { mode: 'timestamp' }).notNull(),
    /** Coarse device label for the account's session list ("Firefox on Linux"), never the raw user agent. */
    device: text('device'),
  },
  (table) => [
    index('sessions_user_id_idx').on(table.userId),
    index('sessions_last_verified_at_idx').on(table.lastVerifiedAt),
  ],
);
