// Account helpers for worker tests: sign up, read links from the outbox, sign in, call as a user.
import { env } from 'cloudflare:test';
import { desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { createDb } from '../../db/client';
import { outbox } from '../../db/schema/outbox';
import { users, type UserRole } from '../../db/schema/users';
import { TEST_CLIENT_KEY_HEADER } from '../rate-limit/client-key';
import { api, postJson } from './helpers';

export const db = () => createDb(env);
export const PASSWORD = 'correct horse battery staple';

let clients = 0;
/** A fresh client key, so rate limits of one test never leak into another. */
export const newClient = () => ({ [TEST_CLIENT_KEY_HEADER]: `client-${++clients}-${crypto.randomUUID()}` });

export const uniqueEmail = (name = 'user') => `${name}-${crypto.randomUUID().slice(0, 8)}@example.com`;

/** The newest message to an address, waiting briefly for mail sent after the response (waitUntil). */
export async function latestMail(to: string, template?: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await db().select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt), desc(outbox.id));
    const row = rows.find((r) => !template || r.template === template);
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${template ?? ''} mail to ${to}`);
}

export const tokenIn = (text: string) => text.match(/token=([a-z2-7]{32}\.[a-z2-7]{32})/)?.[1] ?? null;

export function sessionCookieOf(res: Response): string | null {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('blogx_session='));
  const value = cookie?.split(';')[0]?.slice('blogx_session='.length);
  return value ? value : null;
}

export async function signUp(email: string, displayName = 'Test User', password = PASSWORD) {
  const res = await postJson('/auth/sign-up', { email, password, displayName }, newClient());
  expect(res.status).toBe(202);
  return res;
}

export async function signIn(email: string, password = PASSWORD, headers: Record<string, string> = {}) {
  return postJson('/auth/sign-in', { email, password }, { ...newClient(), ...headers });
}

/** A verified account with the given role, signed in: returns its session token. */
export async function signedInUser(role: UserRole = 'reader', name: string = role): Promise<{ email: string; token: string }> {
  const email = uniqueEmail(name);
  await signUp(email, name);
  const token = tokenIn((await latestMail(email, 'verify_email')).text);
  expect((await postJson('/auth/verify', { token })).status).toBe(200);
  if (role !== 'reader') await db().update(users).set({ role }).where(eq(users.email, email));
  const res = await signIn(email);
  expect(res.status).toBe(200);
  return { email, token: sessionCookieOf(res)! };
}

export const withSession = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.headers as Record<string, string>), cookie: `blogx_session=${token}` },
});

export const apiAs = (token: string, path: string, init: RequestInit = {}) => api(path, withSession(token, init));
