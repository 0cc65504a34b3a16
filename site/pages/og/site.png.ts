// /og/site.png: the site-wide Open Graph card for the home page and listings (1200x630 PNG).
import type { APIRoute } from 'astro';
import { pngResponse, siteCardPng } from './_cards';

export const GET: APIRoute = async () => pngResponse(await siteCardPng());
