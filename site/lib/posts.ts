// The only place that filters drafts and scheduled posts and sorts them.
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
export function getPublishedPosts(now = new Date()): Promise<Post[]> {
  cache ??= (async () => {
    const entries = await getCollection('posts', (entry) => isPublished(entry.data, now));
    return Promise.all(
      entries.sort(byNewestFirst).map(async (entry) => ({
        entry,
        slug: entry.id,
        url: `/posts/${entry.id}/`,
        author: await resolve('authors', entry.data.author.id, entry),
        category: await resolve('categories', entry.data.category.id, entry),
        readingMinutes: readingMinutes(entry.body ?? ''),
      })),
    );
  })();
  return cache;
}

export async function getCategories(): Promise<Category[]> {
  return getCollection('categories');
}
