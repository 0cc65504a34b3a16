import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/**
 * Site settings as key -> JSON value. Defaults and the schema of each value live in code
 * (edge/settings/); a row exists only once an admin changed that setting.
 */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
  updatedBy: text('updated_by'),
});
