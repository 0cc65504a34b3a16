// The only place that picks a database driver. Aggregates the schema because drizzle's
// relational queries need it in one object (DESIGN.md §3.11 allows this file to).
import { drizzle as drizzleD1 } from 'drizzle-orm/d1';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql/web';
import { createClient } from '@libsql/client/web';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { users } from './schema/users';
import { sessions } from './schema/sessions';
import { categories } from './schema/categories';
import { tags } from './schema/tags';
import { posts } from './schema/posts';
import { postTags } from './schema/post-tags';
import { userTokens } from './schema/user-tokens';
import { oauthAccounts } from './schema/oauth-accounts';
import { signInThrottles } from './schema/sign-in-throttles';
import { outbox } from './schema/outbox';
import { settings } from './schema/settings';

export const schema = { users, sessions, categories, tags, posts, postTags, userTokens, oauthAccounts, signInThrottles, outbox, settings };
export type Schema = typeof schema;

/** What every query module takes first: D1 and libSQL share drizzle's async SQLite API. */
export type Db = BaseSQLiteDatabase<'async', unknown, Schema>;

export interface DbEnv {
  DB: Parameters<typeof drizzleD1>[0];
  /** When set (with LIBSQL_AUTH_TOKEN), use libSQL/Turso over HTTP instead of the D1 binding. */
  LIBSQL_URL?: string;
  LIBSQL_AUTH_TOKEN?: string;
}

export function createDb(env: DbEnv): Db {
  if (env.LIBSQL_URL) {
    const client = createClient({ url: env.LIBSQL_URL, authToken: env.LIBSQL_AUTH_TOKEN });
    return drizzleLibsql(client, { schema });
  }
  return drizzleD1(env.DB, { schema });
}
