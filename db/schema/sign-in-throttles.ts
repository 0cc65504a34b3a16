import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Failed sign-ins per key (an account's email, or a client key), counted exactly in the database:
 * the platform's rate-limit binding is approximate and per location. Keys are hashed, never raw.
 */
export const signInThrottles = sqliteTable(
  'sign_in_throttles',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    /** No attempt for this key is checked before this time. */
    lockedUntil: integer('locked_until', { mode: 'timestamp' }),
    updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
  },
  (table) => [index('sign_in_throttles_updated_at_idx').on(table.updatedAt)],
);
