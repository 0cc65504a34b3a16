// Sample data for `npm start`: idempotent, so every start may run it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, run } from './run.mjs';
import { randomBytes } from 'node:crypto';
import { sqlLiteral, upsert } from './sql-literal.mjs';
import { hashPasswordInNode } from './password-hash.mjs';

const readJson = async (path) => JSON.parse(await readFile(join(ROOT, path), 'utf8'));

/** Every sample account signs in with this password (README, "Sample accounts"). */
export const SAMPLE_PASSWORD = 'blogx-sample-password';

/** One verified account per role; the authors are the ones in content/authors.json, by email. */
async function sampleUsers() {
  const authors = await readJson('content/authors.json');
  const roleOf = (index) => (index === 0 ? 'editor' : 'author');
  return [
    { email: 'admin@blogx.example', displayName: 'BlogX Admin', role: 'admin' },
    ...authors.map((author, index) => ({ email: author.email, displayName: author.name, role: roleOf(index), bio: author.bio, website: author.website ?? null })),
    { email: 'reader@blogx.example', displayName: 'Riley Reader', role: 'reader' },
  ];
}

/** Inserted only when missing, so a password or profile changed locally survives restarts. */
function insertUserIfMissing(user, now) {
  const row = {
    id: randomBytes(20).toString('hex'),
    email: user.email,
    display_name: user.displayName,
    role: user.role,
    bio: user.bio ?? null,
    website: user.website ?? null,
    password_hash: hashPasswordInNode(SAMPLE_PASSWORD),
    email_verified_at: now,
    created_at: now,
    updated_at: now,
  };
  const columns = Object.keys(row);
  return `INSERT INTO users (${columns.join(', ')}) VALUES (${columns.map((c) => sqlLiteral(row[c])).join(', ')}) ON CONFLICT(email) DO NOTHING;`;
}

/** Categories from content/, tags from the posts the build published. */
export async function seedDatabase(stateDir) {
  const categories = await readJson('content/categories.json');
  const { posts } = await readJson('dist/posts-manifest.json'); // validated by the build that wrote it
  const tags = [...new Set(posts.flatMap((post) => post.tags))].sort();
  const now = Math.floor(Date.now() / 1000);
  const users = await sampleUsers();
  const statements = [
    ...categories.map(({ id, name, description }) => upsert('categories', 'id', { id, name, description })),
    ...tags.map((id) => upsert('tags', 'id', { id, name: id })),
    ...users.map((user) => insertUserIfMissing(user, now)),
  ];
  const file = join(ROOT, stateDir, 'seed.sql');
  await mkdir(join(ROOT, stateDir), { recursive: true });
  await writeFile(file, `${statements.join('\n')}\n`);
  await run('wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', stateDir, '--file', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`seeded ${categories.length} categories, ${tags.length} tags and ${users.length} sample accounts (password: ${SAMPLE_PASSWORD})`);
}

const LOBBY_WELCOME = [
  'Welcome to the BlogX lobby. Say hello, share what you are reading, or ask the authors a question.',
  'Tip: every post has its own room too; open the chat panel under the article.',
];

async function json(res) {
  if (!res.ok) throw new Error(`${res.url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** Chat history lives in the ChatRoom Durable Object, so it is seeded through the running Worker. */
export async function seedRunningStack(baseUrl) {
  const { messages } = await json(await fetch(`${baseUrl}/api/chat/lobby/messages?limit=100`));
  const present = new Set(messages.map((message) => message.text));
  // Each message by its text, so a start that failed halfway completes the rest next time.
  for (const text of LOBBY_WELCOME.filter((welcome) => !present.has(welcome))) {
    const res = await fetch(`${baseUrl}/api/chat/lobby/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    await json(res);
  }
}
