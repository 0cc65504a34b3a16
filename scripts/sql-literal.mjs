// SQLite literals for generated seed files (wrangler d1 execute takes SQL text, not parameters).
// SQLite string literals have one escape: a doubled single quote.

/** @param {string | number | boolean | null} value */
export function sqlLiteral(value) {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as SQL`);
    return String(value);
  }
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  throw new Error(`cannot write a ${typeof value} as SQL`);
}

/** An idempotent upsert: re-running it leaves one row per key with the latest values. */
export function upsert(table, key, row) {
  const columns = Object.keys(row);
  const updates = columns.filter((column) => column !== key).map((column) => `${column} = excluded.${column}`);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => sqlLiteral(row[c])).join(', ')}) ON CONFLICT(${key}) DO UPDATE SET ${updates.join(', ')};`;
}
