// A tag's Atom 1.0 feed, beside its listing page.
import { tagFeedPaths, tagFeedRoute } from '../../../lib/feeds/listing-feeds';

export const getStaticPaths = tagFeedPaths;
export const GET = tagFeedRoute('atom');
