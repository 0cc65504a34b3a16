// A category's JSON Feed 1.1 feed, beside its listing page.
import { categoryFeedPaths, categoryFeedRoute } from '../../../lib/feeds/listing-feeds';

export const getStaticPaths = categoryFeedPaths;
export const GET = categoryFeedRoute('json');
