import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users, type UserRole } from '../../db/schema/users';
import { api, errorOf } from './helpers';
import { apiAs, db, signedInUser } from './accounts';

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Every admin-only route, with a valid request for it. */
const ADMIN_ROUTES: { name: string; path: (victimId: string) => string; init: RequestInit }[] = [
  { name: 'GET /users', path: () => '/users', init: {} },
  { name: 'PATCH /users/:id', path: (id) => `/users/${id}`, init: json('PATCH', { role: 'admin' }) },
  { name: 'GET /settings', path: () => '/settings', init: {} },
  { name: 'PATCH /settings', path: () => '/settings', init: json('PATCH', { signUpOpen: false }) },
  { name: 'GET /outbox', path: () => '/outbox', init: {} },
];

describe('authorization on the server', () => {
  it.each(ADMIN_ROUTES)('$name refuses anonymous callers (401) and every role below admin (403), changing nothing', async ({ path, init }) => {
    const victim = await signedInUser('reader', 'victim');
    const [victimRow] = await db().select().from(users).where(eq(users.email, victim.email));
    const anonymous = await api(path(victimRow!.id), init);
    expect(anonymous.status).toBe(401);
    expect(await errorOf(anonymous)).toMatchObject({ code: 'unauthenticated' });
    for (const role of ['reader', 'author', 'editor'] satisfies UserRole[]) {
      const { token } = await signedInUser(role);
      const res = await apiAs(token, path(victimRow!.id), init);
      expect(res.status, role).toBe(403);
      expect(await errorOf(res)).toMatchObject({ code: 'forbidden' });
    }
    const [after] = await db().select().from(users).where(eq(users.email, victim.email));
    expect(after!.role).toBe('reader');
    const settings = await apiAs((await signedInUser('admin')).token, '/settings');
    expect(await settings.json()).toMatchObject({ settings: { signUpOpen: true } });
  });

  it('lets an admin list accounts, change a role and close sign-up', async () => {
    const admin = await signedInUser('admin');
    const author = await signedInUser('author', 'promote-me');
    const list = (await (await apiAs(admin.token, `/users?q=${encodeURIComponent('promote-me')}`)).json()) as { users: { id: string; email: string }[] };
    const target = list.users.find((u) => u.email === author.email)!;
    const changed = await apiAs(admin.token, `/users/${target.id}`, json('PATCH', { role: 'editor' }));
    expect(await changed.json()).toMatchObject({ user: { role: 'editor' } });
    const closed = await apiAs(admin.token, '/settings', json('PATCH', { signUpOpen: false }));
    expect(await closed.json()).toMatchObject({ settings: { signUpOpen: false } });
    const signUp = await api('/auth/sign-up', json('POST', { email: 'late@example.com', password: 'a fine long passphrase', displayName: 'Late' }));
    expect(await errorOf(signUp)).toMatchObject({ code: 'sign_up_closed' });
    await apiAs(admin.token, '/settings', json('PATCH', { signUpOpen: true }));
  });

  it('keeps the last admin from demoting themselves', async () => {
    await db().update(users).set({ role: 'reader' }).where(eq(users.role, 'admin'));
    const admin = await signedInUser('admin', 'only-admin');
    const [row] = await db().select().from(users).where(eq(users.email, admin.email));
    const res = await apiAs(admin.token, `/users/${row!.id}`, json('PATCH', { role: 'reader' }));
    expect(res.status).toBe(409);
    expect(await errorOf(res)).toMatchObject({ code: 'last_admin' });
  });

  it('treats a LIKE pattern in the search as text', async () => {
    const admin = await signedInUser('admin');
    const res = await apiAs(admin.token, `/users?q=${encodeURIComponent("%' OR 1=1 --")}`);
    expect(await res.json()).toMatchObject({ users: [], total: 0 });
  });

  it('marks answers to signed-in requests private and uncacheable', async () => {
    const { token } = await signedInUser();
    expect((await apiAs(token, '/auth/me')).headers.get('cache-control')).toBe('private, no-store');
  });
});
