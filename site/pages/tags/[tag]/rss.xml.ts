// A tag's RSS 2.0 feed, beside its listing page.
import { tagFeedPaths, tagFeedRoute } from '../../../lib/feeds/listing-feeds';

export const getStaticPaths = tagFeedPaths;
export const GET = tagFeedRoute('rss');
