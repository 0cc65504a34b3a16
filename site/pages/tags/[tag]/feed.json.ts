// A tag's JSON Feed 1.1 feed, beside its listing page.
import { tagFeedPaths, tagFeedRoute } from '../../../lib/feeds/listing-feeds';

export const getStaticPaths = tagFeedPaths;
export const GET = tagFeedRoute('json');
