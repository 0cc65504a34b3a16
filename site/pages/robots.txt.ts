// robots.txt, pointing crawlers at the sitemap on the configured site URL.
import type { APIRoute } from 'astro';
import { renderRobotsTxt } from '../lib/seo/robots';

export const GET: APIRoute = ({ site }) =>
  new Response(renderRobotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
