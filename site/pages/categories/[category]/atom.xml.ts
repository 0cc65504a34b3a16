// A category's Atom 1.0 feed, beside its listing page.
import { categoryFeedPaths, categoryFeedRoute } from '../../../lib/feeds/listing-feeds';

export const getStaticPaths = categoryFeedPaths;
export const GET = categoryFeedRoute('atom');
