import { createRoute, z } from '@hono/zod-openapi';
import { createDb } from '../../db/client';
import { USER_ROLES } from '../../db/schema/users';
import { countAdmins, listUsers } from '../auth/admin-queries';
import { findUserById, updateUser } from '../auth/user-queries';
import { ApiError } from '../errors';
import { requireRole } from '../middleware/session';
import { createRouter, errorResponses, jsonContent as json } from '../validate';

const UserSummary = z
  .object({ id: z.string(), email: z.string(), displayName: z.string(), role: z.enum(USER_ROLES), emailVerified: z.boolean(), createdAt: z.iso.datetime() })
  .openapi('UserSummary');

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Users'],
  summary: 'Accounts, newest first (admins)',
  request: {
    query: z.object({
      role: z.enum(USER_ROLES).optional(),
      q: z.string().trim().min(1).max(100).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(50),
      offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    }),
  },
  responses: { 200: { description: 'Accounts', content: json(z.object({ users: z.array(UserSummary), total: z.number().int() })) }, ...errorResponses(400, 401, 403) },
});

const setRoleRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Users'],
  summary: "Change an account's role (admins)",
  request: {
    params: z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }) }),
    body: { required: true, content: json(z.object({ role: z.enum(USER_ROLES) }).strict()) },
  },
  responses: { 200: { description: 'Changed', content: json(z.object({ user: UserSummary })) }, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
});

type Row = { id: string; email: string; displayName: string; role: (typeof USER_ROLES)[number]; emailVerifiedAt: Date | null; createdAt: Date };
const summary = (u: Row) => ({ id: u.id, email: u.email, displayName: u.displayName, role: u.role, emailVerified: u.emailVerifiedAt !== null, createdAt: u.createdAt.toISOString() });

export const userRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    requireRole(c, 'admin');
    const result = await listUsers(createDb(c.env), c.req.valid('query'));
    return c.json({ users: result.users.map(summary), total: result.total }, 200);
  })
  .openapi(setRoleRoute, async (c) => {
    requireRole(c, 'admin');
    const db = createDb(c.env);
    const { id } = c.req.valid('param');
    const { role } = c.req.valid('json');
    const user = await findUserById(db, id);
    if (!user) throw new ApiError('not_found', 404, 'No such account');
    // The site must keep someone who can change roles.
    if (user.role === 'admin' && role !== 'admin' && (await countAdmins(db)) <= 1) throw new ApiError('last_admin', 409, 'This is the only admin; make someone else admin first');
    const updated = await updateUser(db, id, { role }, new Date());
    return c.json({ user: summary(updated!) }, 200);
  });
