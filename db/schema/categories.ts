import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Mirrors content/categories.json so editor posts can reference the same categories. */
export const categories = sqliteTable('categories', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
});
