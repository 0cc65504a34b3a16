// The posts manifest (DESIGN.md §5): written by the build at /posts-manifest.json, read by the
// Worker through the ASSETS binding (markdown posts are not in the database). One schema for both.
import { z } from 'zod';

export const POSTS_MANIFEST_PATH = '/posts-manifest.json';

export const PostsManifest = z.object({
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
});
export type PostsManifest = z.infer<typeof PostsManifest>;
