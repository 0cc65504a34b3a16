// The only description of frontmatter. A violation fails the build naming the file and the field.
import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words separated by dashes');

/**
 * Checks Astro leaves to later or skips: a slug used by two posts (Astro would silently keep one)
 * and a missing local image (Astro's error does not name the post).
 */
function withPostsChecked(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const fileBySlug = new Map<string, string | undefined>();
      return loader.load({
        ...context,
        parseData: (entry) => {
          // Unchanged posts are not re-parsed on a warm build, so also ask the store.
          const other = fileBySlug.get(entry.id) ?? context.store.get(entry.id)?.filePath;
          if (other && other !== entry.filePath && existsSync(new URL(other, context.config.root))) {
            throw new Error(`slug "${entry.id}" is used by both ${other} and ${entry.filePath}`);
          }
          fileBySlug.set(entry.id, entry.filePath);
          const image = entry.data.image;
          if (typeof image === 'string' && image.startsWith('.') && entry.filePath) {
            const path = new URL(image, new URL(entry.filePath, context.config.root));
            if (!existsSync(path)) throw new Error(`${entry.filePath}: image "${image}" does not exist`);
          }
          return context.parseData(entry);
        },
      });
    },
  };
}

const POST_FIELDS = {
  title: z.string().min(1).max(120),
  slug: Slug.optional(),
  description: z.string().min(20).max(300),
  author: reference('authors'),
  category: reference('categories'),
  tags: z.array(Slug).min(1).max(8),
  pubDate: z.coerce.date(),
  updatedDate: z.coerce.date().optional(),
  status: z.enum(['draft', 'published']),
  featured: z.boolean().default(false),
  metaTitle: z.string().max(120).optional(),
  metaDescription: z.string().max(300).optional(),
  keywords: z.array(z.string().min(1)).optional(),
  canonicalURL: z.url().optional(),
  imageAlt: z.string().min(1).optional(),
};

const posts = defineCollection({
  // content/posts/<slug>/index.md; images live beside the post.
  loader: withPostsChecked(
    glob({
      pattern: '*/index.md',
      base: './content/posts',
      generateId: ({ entry, data }) => (typeof data.slug === 'string' ? data.slug : entry.split('/')[0]!),
    }),
  ),
  // Astro calls this once per post (image() depends on the file), so every other field's schema is
  // built once above: constructing them per post cost about 0.6 ms a post (bench/build.mjs).
  schema: ({ image }) =>
    z
      .object({ ...POST_FIELDS, image: image().optional() })
      .refine((post) => !post.image || post.imageAlt, {
        message: 'imageAlt is required when image is set',
        path: ['imageAlt'],
      })
      .refine((post) => !post.updatedDate || post.updatedDate >= post.pubDate, {
        message: 'updatedDate must not be before pubDate',
        path: ['updatedDate'],
      }),
});

const authors = defineCollection({
  loader: file('./content/authors.json'),
  schema: ({ image }) =>
    z.object({
      name: z.string().min(1),
      email: z.email(),
      role: z.string().min(1),
      bio: z.string().min(1),
      avatar: image(),
      website: z.url().optional(),
      social: z
        .object({
          github: z.url().optional(),
          mastodon: z.url().optional(),
          x: z.url().optional(),
          linkedin: z.url().optional(),
        })
        .default({}),
    }),
});

const categories = defineCollection({
  loader: file('./content/categories.json'),
  schema: z.object({ name: z.string().min(1), description: z.string().min(1) }),
});

export const collections = { posts, authors, categories };
