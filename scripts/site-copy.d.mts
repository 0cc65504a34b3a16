/** Copies everything a build needs except content/posts; resolves to the copy's posts folder. */
export function copySiteWithoutPosts(target: string): Promise<string>;
/** A fresh copy under test-results/<prefix>*, for a build test to add its posts to. */
export function makeTestSiteCopy(prefix: string): Promise<string>;
/** Runs `astro build` on a copy; never throws for a failed build, so tests can read its output. */
export function buildSiteCopy(dir: string): Promise<{ ok: boolean; output: string }>;
