// The site-wide JSON Feed 1.1 feed: full content of the newest posts.
import { siteFeedRoute } from '../lib/feeds/listing-feeds';

export const GET = siteFeedRoute('json');
