// Build glue for the Open Graph endpoints: one font set, card builder and worker pool per build.
// Rendering starts in getStaticPaths, before Astro writes the first page, so the workers are busy
// while the main thread generates other routes; each endpoint then awaits its own card.
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
  if (import.meta.env.PROD) for (const post of posts) if (!renders.has(post.slug)) renders.set(post.slug, startPostCard(post));
  return posts;
}

export async function postCardPng(post: Post): Promise<Uint8Array> {
  const png = renders.get(post.slug) ?? startPostCard(post);
  renders.delete(post.slug);
  return png;
}

export async function siteCardPng(): Promise<Uint8Array> {
  const { builder, renderer } = await getSetup();
  const card = builder.siteCard();
  return renderer.render(card.hash, card.job);
}

export function pngResponse(png: Uint8Array): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
