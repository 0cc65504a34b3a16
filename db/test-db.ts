// Node-side database for query-module tests: in-memory libSQL with the same migrations D1 gets.
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { schema, type Db } from './client';

const MIGRATIONS_FOLDER = join(import.meta.dirname, 'migrations');

export async function createTestDb(): Promise<Db> {
  const client = createClient({ url: ':memory:' });
  await client.execute('PRAGMA foreign_keys = ON');
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}
