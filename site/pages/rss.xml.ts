// The site-wide RSS 2.0 feed: full content of the newest posts.
import { siteFeedRoute } from '../lib/feeds/listing-feeds';

export const GET = siteFeedRoute('rss');
