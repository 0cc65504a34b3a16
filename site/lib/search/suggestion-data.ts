// Build-time half of the suggestions: what the endpoint writes for each published post.
import type { SuggestionPost } from './suggestions';

export interface HeadingLike {
  depth: number;
  text: string;
}

export interface PostFacts {
  url: string;
  title: string;
  category: string;
  author: string;
  tags: readonly string[];
}

/** h2 and h3 only (h1 is the title, h4+ is detail), trimmed, each text once. */
export function pickHeadings(headings: readonly HeadingLike[]): string[] {
  const texts = headings
    .filter((heading) => heading.depth === 2 || heading.depth === 3)
    .map((heading) => heading.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(texts)];
}

export function toSuggestionPost(post: PostFacts, headings: readonly HeadingLike[]): SuggestionPost {
  return {
    url: post.url,
    title: post.title,
    category: post.category,
    author: post.author,
    tags: [...post.tags],
    headings: pickHeadings(headings),
  };
}
