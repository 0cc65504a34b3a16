// Sample data for `npm start`: idempotent, so every start may run it.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, run } from './run.mjs';
import { upsert } from './sql-literal.mjs';

const readJson = async (path) => JSON.parse(await readFile(join(ROOT, path), 'utf8'));

/** Categories from content/, tags from the posts the build published. */
export async function seedDatabase(stateDir) {
  const categories = await readJson('content/categories.json');
  const { posts } = await readJson('dist/posts-manifest.json'); // validated by the build that wrote it
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
