// Sample data for `npm start`: idempotent, so every start may run it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, run } from './run.mjs';
import { upsert } from './sql-literal.mjs';

const readJson = async (path) => JSON.parse(await readFile(join(ROOT, path), 'utf8'));

/** Categories from content/, tags from the posts the build published. */
export async function seedDatabase(stateDir) {
  const categories = await readJson('content/categories.json');
  const { posts } = await readJson('dist/posts-manifest.json');
  const tags = [...new Set(posts.flatMap((post) => post.tags))].sort();
  const statements = [
    ...categories.map(({ id, name, description }) => upsert('categories', 'id', { id, name, description })),
    ...tags.map((id) => upsert('tags', 'id', { id, name: id })),
  ];
  const file = join(ROOT, stateDir, 'seed.sql');
  await mkdir(join(ROOT, stateDir), { recursive: true });
  await writeFile(file, `${statements.join('\n')}\n`);
  await run('wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', stateDir, '--file', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`seeded ${categories.length} categories and ${tags.length} tags`);
}

const LOBBY_WELCOME = [
  'Welcome to the BlogX lobby. Say hello, share what you are reading, or ask the authors a question.',
  'Tip: every post has its own room too; open the chat panel under the article.',
];

/** Chat history lives in the ChatRoom Durable Object, so it is seeded through the running Worker. */
export async function seedRunningStack(baseUrl) {
  const { messages } = await (await fetch(`${baseUrl}/api/chat/lobby/messages?limit=1`)).json();
  if (messages.length > 0) return;
  for (const text of LOBBY_WELCOME) {
    const res = await fetch(`${baseUrl}/api/chat/lobby/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    if (!res.ok) throw new Error(`seeding the lobby failed: ${res.status} ${await res.text()}`);
  }
}
