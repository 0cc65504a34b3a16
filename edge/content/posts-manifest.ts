// The posts manifest (DESIGN.md §5): written by the build at /posts-manifest.json, read by the
// Worker through the ASSETS binding (markdown posts are not in the database). One schema for both.
import { z } from 'zod';

export const POSTS_MANIFEST_PATH = '/posts-manifest.json';

/** Taken by the site's Open Graph card, /og/site.png (edge/og/card.ts). */
const RESERVED_SLUGS = new Set(['site']);

export const PostsManifest = z
  .object({
    posts: z.array(
      z.object({
        slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
        title: z.string().min(1),
        category: z.string().min(1),
        tags: z.array(z.string().min(1)),
        author: z.string().min(1),
        date: z.iso.datetime(),
      }),
    ),
    /** What the site card shows besides the categories. */
    site: z.object({ name: z.string().min(1), tagline: z.string().min(1) }),
    authors: z.array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        /** A small PNG of the avatar, root-relative: the Worker reads it through ASSETS for the cards. */
        avatar: z.string().regex(/^\/(?!\/)/, 'must be a root-relative path'),
      }),
    ),
    categories: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })),
  })
  .superRefine((manifest, ctx) => {
    const authors = new Set(manifest.authors.map((author) => author.id));
    const categories = new Set(manifest.categories.map((category) => category.id));
    manifest.posts.forEach((post, i) => {
      if (!authors.has(post.author)) ctx.addIssue({ code: 'custom', path: ['posts', i, 'author'], message: `author "${post.author}" is not in authors` });
      if (!categories.has(post.category)) ctx.addIssue({ code: 'custom', path: ['posts', i, 'category'], message: `category "${post.category}" is not in categories` });
      if (RESERVED_SLUGS.has(post.slug)) ctx.addIssue({ code: 'custom', path: ['posts', i, 'slug'], message: `slug "${post.slug}" is reserved (/og/${post.slug}.png is the site card)` });
    });
  });
export type PostsManifest = z.infer<typeof PostsManifest>;
