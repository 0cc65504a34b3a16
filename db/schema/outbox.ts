import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every email the product sends, rendered (HTML and text), written before delivery is attempted so
 * nothing is lost when a provider is down. The local provider only marks messages sent: the outbox
 * is the inbox of local development (/admin/outbox/).
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    /** The template that produced it (verify_email, reset_password, ...), for filtering. */
    template: text('template').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp' }),
  },
  (table) => [index('outbox_created_at_idx').on(table.createdAt), index('outbox_status_idx').on(table.status)],
);
