/** Copies everything a build needs except content/posts; resolves to the copy's posts folder. */
export function copySiteWithoutPosts(target: string): Promise<string>;
