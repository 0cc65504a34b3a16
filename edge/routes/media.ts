import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import { createRouter, errorResponses } from '../validate';

const Segment = z.string().regex(/^[a-z0-9]{1,64}$/);

const avatarRoute = createRoute({
  method: 'get',
  path: '/media/avatars/{userId}/{file}',
  tags: ['Accounts'],
  summary: 'An uploaded avatar (immutable: a new upload gets a new name)',
  request: {
    params: z.object({
      userId: Segment.openapi({ param: { name: 'userId', in: 'path' } }),
      file: z.string().regex(/^[a-z0-9]{1,64}\.(webp|png|jpg)$/).openapi({ param: { name: 'file', in: 'path' } }),
    }),
  },
  responses: { 200: { description: 'The picture', content: { 'image/webp': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses(400, 404) },
});

export const mediaRoutes = createRouter().openapi(avatarRoute, async (c) => {
  const { userId, file } = c.req.valid('param');
  const object = await c.env.MEDIA.get(`avatars/${userId}/${file}`);
  if (!object) throw new ApiError('not_found', 404, 'No such picture');
  return c.body(object.body, 200, {
    'Content-Type': object.httpMetadata?.contentType ?? 'application/octet-stream',
    'Cache-Control': 'public, max-age=31536000, immutable',
    // Never rendered as anything but an image, whatever the bytes claim.
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'X-Content-Type-Options': 'nosniff',
  });
});
