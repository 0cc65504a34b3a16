// From post data to a card job and its content hash. The hash covers the laid-out trees (which
// carry the title lines, author, avatar, category, site name, colours and sizes), the font files
// and OG_TEMPLATE_VERSION, so a card is redrawn exactly when something that shows in it changed.
import { createHash } from 'node:crypto';
import type { CardJob } from './rasterize.ts';
import type { FontMetrics } from './fonts.ts';
import { fitPostTitle, frameLayer, siteCard, titlePatch, type FrameInputs, type SiteCardInputs } from './template.ts';

/** Bump when the pixels change for a reason the layers do not show (PNG options, rasteriser upgrade). */
export const OG_TEMPLATE_VERSION = 1;

/** The fields of a published post (site/lib/posts.ts Post) that appear on its card. */
export interface PostLike {
  slug: string;
  entry: { data: { title: string } };
  author: { data: { name: string } };
  category: { data: { name: string } };
}

export interface PostCardInputs extends Omit<FrameInputs, 'siteName'> {
  title: string;
}

export function postCardInputs(post: PostLike, avatar?: string): PostCardInputs {
  return { title: post.entry.data.title, author: post.author.data.name, category: post.category.data.name, avatar };
}

export interface Card {
  hash: string;
  job: CardJob;
}

export interface PostCard extends Card {
  /** Characters the fonts lack; when any, the card is the site card rather than boxes for glyphs. */
  uncovered: string[];
}

function digest(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}

/** Builds card jobs, laying out each distinct frame (author x category) once. */
export function createCardBuilder(metrics: FontMetrics, fontsFingerprint: string, site: SiteCardInputs) {
  const { measureAt } = metrics;
  const frames = new Map<string, CardJob['frame']>();
  const hashOf = (job: CardJob) => digest([OG_TEMPLATE_VERSION, fontsFingerprint, job.frame.key, job.patches]);

  function frameFor(inputs: FrameInputs): CardJob['frame'] {
    const id = JSON.stringify([inputs.siteName, inputs.category, inputs.author, inputs.avatar ?? null]);
    let frame = frames.get(id);
    if (!frame) {
      const tree = frameLayer(inputs, measureAt);
      frame = { key: digest([tree]), tree };
      frames.set(id, frame);
    }
    return frame;
  }

  const siteTree = siteCard(site, measureAt);
  const siteJob: CardJob = { frame: { key: digest([siteTree]), tree: siteTree }, patches: [] };
  const siteCardJob: Card = { hash: hashOf(siteJob), job: siteJob };

  return {
    siteCard: (): Card => siteCardJob,
    postCard(inputs: PostCardInputs): PostCard {
      const uncovered = metrics.uncovered(inputs.title + inputs.author + inputs.category);
      if (uncovered.length) return { ...siteCardJob, uncovered };
      const job: CardJob = { frame: frameFor({ ...inputs, siteName: site.siteName }), patches: [titlePatch(fitPostTitle(inputs.title, measureAt))] };
      return { hash: hashOf(job), job, uncovered };
    },
  };
}
