// `npm run create-admin -- --email you@example.com --name "Your Name" [--password ...] [--remote]`
// Creates the first admin (or promotes an existing account) in the local D1 database of
// `npm start`, or with --remote in the deployed one. Prompts for what the flags leave out.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { importEdge } from './import-edge.mjs';
import { hashPasswordInNode } from './password-hash.mjs';
import { ROOT, run } from './run.mjs';
import { sqlLiteral } from './sql-literal.mjs';

const { isCommonPassword, PASSWORD_MAX_CODE_POINTS, PASSWORD_MIN_CODE_POINTS, countCodePoints } = await importEdge('edge/auth/password-policy.ts');

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, remote: { type: 'boolean', default: false } },
});
const stateDir = process.env.BLOGX_STATE_DIR ?? '.state';

async function ask(question) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

const email = (values.email ?? (await ask('Admin email: '))).trim().toLowerCase();
const name = values.name ?? (await ask('Display name: '));
const password = values.password ?? (await ask(`Password (${PASSWORD_MIN_CODE_POINTS}-${PASSWORD_MAX_CODE_POINTS} characters): `));

if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`not an email address: ${email}`);
if (!name.trim()) throw new Error('a display name is required');
const length = countCodePoints(password);
if (length < PASSWORD_MIN_CODE_POINTS || length > PASSWORD_MAX_CODE_POINTS) throw new Error(`the password must be ${PASSWORD_MIN_CODE_POINTS} to ${PASSWORD_MAX_CODE_POINTS} characters`);
if (isCommonPassword(password)) throw new Error('this password is one of the most common in leaked lists; choose another');

const now = Math.floor(Date.now() / 1000);
const row = {
  id: randomBytes(20).toString('hex'),
  email,
  display_name: name.trim(),
  role: 'admin',
  password_hash: hashPasswordInNode(password),
  email_verified_at: now,
  created_at: now,
  updated_at: now,
};
const columns = Object.keys(row);
// An existing account keeps its profile; it becomes a verified admin with the given password.
const sql = `INSERT INTO users (${columns.join(', ')}) VALUES (${columns.map((c) => sqlLiteral(row[c])).join(', ')})
ON CONFLICT(email) DO UPDATE SET role = 'admin', password_hash = excluded.password_hash, email_verified_at = COALESCE(users.email_verified_at, excluded.email_verified_at), updated_at = excluded.updated_at;`;

const file = join(ROOT, stateDir, 'create-admin.sql');
await mkdir(join(ROOT, stateDir), { recursive: true });
await writeFile(file, sql, { mode: 0o600 });
const target = values.remote ? ['--remote'] : ['--local', '--persist-to', stateDir];
await run('wrangler', ['d1', 'execute', 'DB', ...target, '--file', file], { stdio: ['ignore', 'ignore', 'inherit'] });
await writeFile(file, ''); // the file held a password hash
console.log(`${email} is an admin${values.remote ? ' (remote database)' : ''}.`);
