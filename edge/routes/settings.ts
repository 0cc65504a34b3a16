import { createRoute, z } from '@hono/zod-openapi';
import { createDb } from '../../db/client';
import { requireRole } from '../middleware/session';
import { SiteSettings, SiteSettingsUpdate } from '../settings/definitions';
import { getSettings, updateSettings } from '../settings/queries';
import { createRouter, errorResponses, jsonContent as json } from '../validate';

const getRoute = createRoute({
  method: 'get',
  path: '/settings',
  tags: ['Settings'],
  summary: 'Site settings, defaults included (admins)',
  responses: { 200: { description: 'Settings', content: json(z.object({ settings: SiteSettings })) }, ...errorResponses(401, 403) },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/settings',
  tags: ['Settings'],
  summary: 'Change some settings (admins)',
  request: { body: { required: true, content: json(SiteSettingsUpdate) } },
  responses: { 200: { description: 'The settings after the change', content: json(z.object({ settings: SiteSettings })) }, ...errorResponses(400, 401, 403, 413, 415) },
});

export const settingsRoutes = createRouter()
  .openapi(getRoute, async (c) => {
    requireRole(c, 'admin');
    return c.json({ settings: await getSettings(createDb(c.env)) }, 200);
  })
  .openapi(updateRoute, async (c) => {
    const session = requireRole(c, 'admin');
    return c.json({ settings: await updateSettings(createDb(c.env), c.req.valid('json'), session.user.id, new Date()) }, 200);
  });
