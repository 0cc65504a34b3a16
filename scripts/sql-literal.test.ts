import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { sqlLiteral, upsert } from './sql-literal.mjs';

describe('sqlLiteral', () => {
  it('round-trips hostile strings through real SQLite unchanged', async () => {
    const client = createClient({ url: ':memory:' });
    const values = ["O'Reilly", "'); DROP TABLE t; --", '<script>alert(1)</script>', 'line\nbreak', 'back\\slash', 'emoji 🚀', ''];
    for (const value of values) {
      const result = await client.execute(`SELECT ${sqlLiteral(value)} AS v`);
      expect(result.rows[0]?.v).toBe(value);
    }
  });

  it('writes numbers, booleans and null as SQL values', () => {
    expect([sqlLiteral(42), sqlLiteral(1.5), sqlLiteral(true), sqlLiteral(false), sqlLiteral(null)]).toEqual(['42', '1.5', '1', '0', 'NULL']);
  });

  it('refuses values it cannot represent', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(/NaN/);
    expect(() => sqlLiteral({} as never)).toThrow(/object/);
  });
});

describe('upsert', () => {
  it('is idempotent and keeps the latest values', async () => {
    const client = createClient({ url: ':memory:' });
    await client.execute('CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT NOT NULL)');
    await client.execute(upsert('tags', 'id', { id: 'rust', name: 'Rust' }));
    await client.execute(upsert('tags', 'id', { id: 'rust', name: 'Rust lang' }));
    const result = await client.execute('SELECT id, name FROM tags');
    expect(result.rows.map((row) => ({ ...row }))).toEqual([{ id: 'rust', name: 'Rust lang' }]);
  });
});
