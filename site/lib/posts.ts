// The only place that filters drafts and scheduled posts and sorts them. Pages ask here.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byNewestFirst, isPublished, readingMinutes } from './publishing';

export type PostEntry = CollectionEntry<'posts'>;
export type Author = CollectionEntry<'authors'>;
export type Category = CollectionEntry<'categories'>;

export interface Post {
  entry: PostEntry;
  slug: string;
  url: string;
  author: Author;
  category: Category;
  readingMinutes: number;
}

export interface Tag {
  id: string;
  url: string;
  count: number;
}

async function resolve<C extends 'authors' | 'categories'>(collection: C, id: string, post: PostEntry) {
  const entry = await getEntry(collection, id);
  if (!entry) {
    const field = collection === 'authors' ? 'author' : 'category';
    throw new Error(`${post.filePath}: ${field} "${id}" does not exist in content/${collection}.json`);
  }
  return entry;
}

let cache: Promise<Post[]> | undefined;

/** Published posts, newest first, as of the build's start. */
export function getPublishedPosts(): Promise<Post[]> {
  const now = new Date();
  cache ??= (async () => {
    const entries = await getCollection('posts', (entry) => isPublished(entry.data, now));
    return Promise.all(
      entries.sort(byNewestFirst).map(async (entry) => ({
        entry,
        slug: entry.id,
        url: postUrl(entry.id),
        author: await resolve('authors', entry.data.author.id, entry),
        category: await resolve('categories', entry.data.category.id, entry),
        readingMinutes: readingMinutes(entry.body ?? ''),
      })),
    );
  })();
  return cache;
}

export const postUrl = (slug: string) => `/posts/${slug}/`;
export const categoryUrl = (id: string) => `/categories/${id}/`;
export const tagUrl = (id: string) => `/tags/${id}/`;
export const authorUrl = (id: string) => `/authors/${id}/`;

export function getCategories(): Promise<Category[]> {
  return getCollection('categories');
}

export function getAuthors(): Promise<Author[]> {
  return getCollection('authors');
}

/** Every tag used by a published post, with its post count, most used first. */
export async function getTags(): Promise<Tag[]> {
  const counts = new Map<string, number>();
  for (const post of await getPublishedPosts()) {
    for (const tag of post.entry.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, url: tagUrl(id), count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

export async function getPostsInCategory(id: string): Promise<Post[]> {
  return (await getPublishedPosts()).filter((post) => post.category.id === id);
}

export async function getPostsWithTag(id: string): Promise<Post[]> {
  return (await getPublishedPosts()).filter((post) => post.entry.data.tags.includes(id));
}

export async function getPostsByAuthor(id: string): Promise<Post[]> {
  return (await getPublishedPosts()).filter((post) => post.author.id === id);
}
