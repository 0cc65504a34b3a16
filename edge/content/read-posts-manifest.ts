// Reads the posts manifest the build wrote, through the ASSETS binding. Parsing 1,000 posts costs
// milliseconds of CPU, so the parsed manifest is kept per isolate and reused while the asset's ETag
// is the same (a rebuild under `npm start` changes it without restarting the Worker).
import { POSTS_MANIFEST_PATH, PostsManifest } from './posts-manifest';

let cached: { etag: string; manifest: PostsManifest } | undefined;

export async function readPostsManifest(assets: Fetcher, origin: string): Promise<PostsManifest> {
  const res = await assets.fetch(new URL(POSTS_MANIFEST_PATH, origin));
  if (!res.ok) throw new Error(`${POSTS_MANIFEST_PATH} answered ${res.status}: is the site built?`);
  const etag = res.headers.get('etag');
  if (etag && cached?.etag === etag) {
    await res.body?.cancel();
    return cached.manifest;
  }
  const manifest = PostsManifest.parse(await res.json());
  cached = etag ? { etag, manifest } : undefined;
  return manifest;
}
