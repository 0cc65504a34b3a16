import { sqliteTable, text, integer, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { categories } from './categories';

export const POST_STATUSES = ['draft', 'review', 'scheduled', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Posts written in the browser editor. Markdown posts in content/posts/ are not stored here. */
export const posts = sqliteTable(
  'posts',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    body: text('body').notNull().default(''),
    authorId: text('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    status: text('status', { enum: POST_STATUSES }).notNull().default('draft'),
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
    metaTitle: text('meta_title'),
    metaDescription: text('meta_description'),
    keywords: text('keywords', { mode: 'json' }).$type<string[]>(),
    canonicalUrl: text('canonical_url'),
    imageKey: text('image_key'),
    imageAlt: text('image_alt'),
    publishedAt: integer('published_at', { mode: 'timestamp' }),
    /** Optimistic concurrency: every save must name the version it started from. */
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp' }).notNull(),
  },
  (table) => [
    uniqueIndex('posts_slug_unique').on(table.slug),
    index('posts_author_id_idx').on(table.authorId),
    index('posts_status_published_at_idx').on(table.status, table.publishedAt),
  ],
);
