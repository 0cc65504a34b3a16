// Build glue for the Open Graph endpoints: one font set, card builder and worker pool per build.
// Every card is queued in getStaticPaths, before Astro generates the first page, so the workers
// (one per core) start at once; each endpoint then awaits its own card.
import { readFile } from 'node:fs/promises';
import { cacheDir, srcDir } from 'astro:config/server';
import sharp from 'sharp';
import { createCardBuilder, postCardInputs } from '../../lib/og/cards.ts';
import { createMetrics, fingerprintFonts, loadOgFonts } from '../../lib/og/fonts.ts';
import { createRenderer } from '../../lib/og/renderer.ts';
import { AVATAR } from '../../lib/og/template.ts';
import { getCategories, getPublishedPosts, type Author, type Post } from '../../lib/posts';
import { SITE } from '../../site.config';

async function setUp() {
  const fonts = await loadOgFonts();
  const categories = await getCategories();
  const builder = createCardBuilder(createMetrics(fonts), fingerprintFonts(fonts), {
    siteName: SITE.title,
    tagline: SITE.tagline,
    topics: categories.map((category) => category.data.name),
  });
  const renderer = createRenderer({
    fonts,
    // Astro's cache dir (node_modules/.astro/ by default): kept between local builds, absent in a
    // fresh clone, beside Astro's own image cache.
    cacheDir: new URL('blogx-og/', cacheDir),
    workerUrl: new URL('lib/og/render-worker.ts', srcDir),
  });
  return { builder, renderer };
}

let setup: ReturnType<typeof setUp> | undefined;
const getSetup = () => (setup ??= setUp());

const avatars = new Map<string, Promise<string | undefined>>();

/** The author's avatar as a small PNG data: URI; undefined (a monogram) when it cannot be read. */
function avatarFor(author: Author): Promise<string | undefined> {
  let avatar = avatars.get(author.id);
  if (!avatar) {
    // Astro keeps the source path of a local image on its metadata (not enumerable).
    const path = (author.data.avatar as { fsPath?: string }).fsPath;
    avatar = path
      ? readFile(path)
          .then((bytes) => sharp(bytes).resize(AVATAR, AVATAR, { fit: 'cover' }).png().toBuffer())
          .then((png) => `data:image/png;base64,${png.toString('base64')}`)
      : Promise.resolve(undefined);
    avatars.set(author.id, avatar);
  }
  return avatar;
}

const renders = new Map<string, Promise<Uint8Array>>();
const SITE_CARD = '\0site';
// In a build: cards not yet handed to Astro; when none are left, the cache drops what this build
// did not use (edited titles, deleted posts) and the workers stop.
let awaited: Set<string> | undefined;

function handedOut(key: string) {
  if (!awaited?.delete(key) || awaited.size > 0) return;
  void getSetup().then(async ({ renderer }) => {
    await renderer.prune();
    await renderer.close();
  });
}

async function startPostCard(post: Post): Promise<Uint8Array> {
  const { builder, renderer } = await getSetup();
  const card = builder.postCard(postCardInputs(post, await avatarFor(post.author)));
  if (card.uncovered.length) {
    console.warn(`[og] ${post.entry.filePath}: the card fonts lack ${card.uncovered.join('')}; using the site card`);
  }
  return renderer.render(card.hash, card.job);
}

/** Published posts whose cards the build writes; starts rendering all of them in the background. */
export async function postsWithCards(): Promise<Post[]> {
  const posts = await getPublishedPosts();
  // `astro dev` asks for paths on every request: there, draw a card only when it is requested.
  if (import.meta.env.PROD && !awaited) {
    awaited = new Set([SITE_CARD, ...posts.map((post) => post.slug)]);
    for (const post of posts) {
      const png = startPostCard(post);
      png.catch(() => {}); // its endpoint reports the failure; until then it is not unhandled
      renders.set(post.slug, png);
    }
  }
  return posts;
}

export async function postCardPng(post: Post): Promise<Uint8Array> {
  const png = renders.get(post.slug) ?? startPostCard(post);
  renders.delete(post.slug);
  try {
    return await png;
  } finally {
    handedOut(post.slug);
  }
}

export async function siteCardPng(): Promise<Uint8Array> {
  const { builder, renderer } = await getSetup();
  const card = builder.siteCard();
  try {
    return await renderer.render(card.hash, card.job);
  } finally {
    handedOut(SITE_CARD);
  }
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
