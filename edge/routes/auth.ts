import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createDb } from '../../db/client';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { changePassword, requestPasswordReset, resetPassword, sendVerificationEmail, signIn, signUp, verifyEmail, type AccountContext } from '../auth/accounts';
import { toAccount } from '../auth/account-view';
import { clearSessionCookies, setSessionCookies } from '../auth/cookies';
import { describeDevice } from '../auth/device';
import { ChangePasswordBody, ForgotBody, Account, Message, ProfileUpdate, ResetBody, SessionInfo, SignInBody, SignUpBody, TokenBody } from '../auth/schemas';
import { invalidateSession, invalidateUserSessions, listUserSessions } from '../auth/session-queries';
import { findUserById, updateUser } from '../auth/user-queries';
import { AVATAR_CONTENT_TYPES, inspectAvatar } from '../auth/avatar';
import { generateRandomId } from '../auth/secret-token';
import { requireSession } from '../middleware/session';
import { clientKey, emailKey } from '../rate-limit/client-key';
import { enforceLimit } from '../rate-limit/limit';
import { getSettings } from '../settings/queries';
import { createRouter, errorResponses, jsonContent as json } from '../validate';

const RATE_PERIOD_SECONDS = 60;

function accountContext(c: Context<AppEnv>): AccountContext {
  return { db: createDb(c.env), mail: c.env, siteUrl: c.env.SITE_URL, adminEmail: c.env.ADMIN_EMAIL, now: new Date() };
}

const accepted = { 202: { description: 'Accepted; an email may follow', content: json(Message) } };
const noContent = { 204: { description: 'Done' } };
const accountResponse = (description: string) => ({ 200: { description, content: json(z.object({ user: Account })) } });

const signUpRoute = createRoute({
  method: 'post',
  path: '/auth/sign-up',
  tags: ['Accounts'],
  summary: 'Create an account; a verification link is emailed',
  request: { body: { required: true, content: json(SignUpBody) } },
  responses: { ...accepted, ...errorResponses(400, 403, 413, 415, 429) },
});
const signInRoute = createRoute({
  method: 'post',
  path: '/auth/sign-in',
  tags: ['Accounts'],
  summary: 'Sign in with email and password: a new session cookie',
  request: { body: { required: true, content: json(SignInBody) } },
  responses: { ...accountResponse('Signed in'), ...errorResponses(400, 401, 403, 413, 415, 429) },
});
const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out',
  tags: ['Accounts'],
  summary: 'End this session',
  responses: { ...noContent, ...errorResponses(403) },
});
const signOutAllRoute = createRoute({
  method: 'post',
  path: '/auth/sign-out-all',
  tags: ['Accounts'],
  summary: 'End every session of this account, this one included',
  responses: { ...noContent, ...errorResponses(401, 403) },
});
const verifyRoute = createRoute({
  method: 'post',
  path: '/auth/verify',
  tags: ['Accounts'],
  summary: 'Verify the email address with the emailed token',
  request: { body: { required: true, content: json(TokenBody) } },
  responses: { ...accountResponse('Verified'), ...errorResponses(400, 403, 413, 415) },
});
const resendRoute = createRoute({
  method: 'post',
  path: '/auth/verify/resend',
  tags: ['Accounts'],
  summary: 'Email a new verification link (the old one stops working)',
  responses: { ...accepted, ...errorResponses(401, 403, 409, 429) },
});
const forgotRoute = createRoute({
  method: 'post',
  path: '/auth/forgot',
  tags: ['Accounts'],
  summary: 'Email a password reset link if the account exists; the answer is the same either way',
  request: { body: { required: true, content: json(ForgotBody) } },
  responses: { ...accepted, ...errorResponses(400, 403, 413, 415, 429) },
});
const resetRoute = createRoute({
  method: 'post',
  path: '/auth/reset',
  tags: ['Accounts'],
  summary: 'Set a new password with the emailed token; every session ends',
  request: { body: { required: true, content: json(ResetBody) } },
  responses: { 200: { description: 'Password changed; sign in again', content: json(Message) }, ...errorResponses(400, 403, 413, 415) },
});
const passwordRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['Accounts'],
  summary: 'Change the password (needs the current one); other sessions end',
  request: { body: { required: true, content: json(ChangePasswordBody) } },
  responses: { ...noContent, ...errorResponses(400, 401, 403, 413, 415) },
});

const meRoute = createRoute({ method: 'get', path: '/auth/me', tags: ['Accounts'], summary: 'The signed-in account', responses: { ...accountResponse('The account'), ...errorResponses(401) } });
const updateMeRoute = createRoute({
  method: 'patch',
  path: '/auth/me',
  tags: ['Accounts'],
  summary: 'Update the profile',
  request: { body: { required: true, content: json(ProfileUpdate) } },
  responses: { ...accountResponse('Updated'), ...errorResponses(400, 401, 403, 413, 415) },
});
const sessionsRoute = createRoute({
  method: 'get',
  path: '/auth/sessions',
  tags: ['Accounts'],
  summary: 'Active sessions of this account, most recently seen first',
  responses: { 200: { description: 'Sessions', content: json(z.object({ sessions: z.array(SessionInfo) })) }, ...errorResponses(401) },
});
const revokeRoute = createRoute({
  method: 'delete',
  path: '/auth/sessions/{id}',
  tags: ['Accounts'],
  summary: 'End one session of this account',
  request: { params: z.object({ id: z.string().regex(/^[a-z2-7]{32}$/).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { ...noContent, ...errorResponses(400, 401, 403, 404) },
});

const avatarRoute = createRoute({
  method: 'put',
  path: '/auth/me/avatar',
  tags: ['Accounts'],
  summary: 'Replace the avatar: a PNG, JPEG or WebP of at most 512 x 512 px and 60 KB (the settings page resizes before upload)',
  request: { body: { required: true, content: Object.fromEntries(AVATAR_CONTENT_TYPES.map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }])) } },
  responses: { ...accountResponse('Updated'), ...errorResponses(400, 401, 403, 413, 415) },
});
const removeAvatarRoute = createRoute({
  method: 'delete',
  path: '/auth/me/avatar',
  tags: ['Accounts'],
  summary: 'Remove the avatar',
  responses: { ...accountResponse('Updated'), ...errorResponses(401, 403) },
});

export const authRoutes = createRouter()
  .openapi(signUpRoute, async (c) => {
    await enforceLimit(c.env.SIGN_UP_LIMITER, [await clientKey(c)], RATE_PERIOD_SECONDS);
    const ctx = accountContext(c);
    if (!(await getSettings(ctx.db)).signUpOpen) throw new ApiError('sign_up_closed', 403, 'New accounts are not being accepted right now');
    await signUp(ctx, c.req.valid('json'));
    return c.json({ message: 'Check your inbox for a link to confirm your address, then sign in.' }, 202);
  })
  .openapi(signInRoute, async (c) => {
    const client = await clientKey(c);
    await enforceLimit(c.env.SIGN_IN_LIMITER, [client], RATE_PERIOD_SECONDS);
    const { email, password } = c.req.valid('json');
    const ctx = accountContext(c);
    const { token, expiresAt, user } = await signIn(ctx, { email, password, device: describeDevice(c.req.header('user-agent')) }, { account: await emailKey(c, email), client });
    // A session cookie from before (another account, or a planted one) is replaced, never reused.
    const previous = c.get('session');
    if (previous) await invalidateSession(ctx.db, previous.id);
    setSessionCookies(c, token, expiresAt);
    return c.json({ user: toAccount(user) }, 200);
  })
  .openapi(signOutRoute, async (c) => {
    const session = c.get('session');
    if (session) await invalidateSession(createDb(c.env), session.id);
    clearSessionCookies(c);
    return c.body(null, 204);
  })
  .openapi(signOutAllRoute, async (c) => {
    const session = requireSession(c);
    await invalidateUserSessions(createDb(c.env), session.user.id);
    clearSessionCookies(c);
    return c.body(null, 204);
  })
  .openapi(verifyRoute, async (c) => {
    const user = await verifyEmail(accountContext(c), c.req.valid('json').token);
    return c.json({ user: toAccount(user) }, 200);
  })
  .openapi(resendRoute, async (c) => {
    const session = requireSession(c);
    if (session.user.emailVerifiedAt) throw new ApiError('already_verified', 409, 'This address is already verified');
    await enforceLimit(c.env.EMAIL_LIMITER, [await clientKey(c), await emailKey(c, session.user.email)], RATE_PERIOD_SECONDS);
    await sendVerificationEmail(accountContext(c), session.user);
    return c.json({ message: 'A new link is on its way.' }, 202);
  })
  .openapi(forgotRoute, async (c) => {
    const { email } = c.req.valid('json');
    await enforceLimit(c.env.EMAIL_LIMITER, [await clientKey(c), await emailKey(c, email)], RATE_PERIOD_SECONDS);
    // Answered before the lookup and the email, so the response time does not depend on the account.
    c.executionCtx.waitUntil(requestPasswordReset(accountContext(c), email).catch((error) => console.error(`[${c.get('requestId')}] reset email`, error)));
    return c.json({ message: 'If an account uses this address, a reset link is on its way.' }, 202);
  })
  .openapi(resetRoute, async (c) => {
    const { token, password } = c.req.valid('json');
    await resetPassword(accountContext(c), token, password);
    clearSessionCookies(c);
    return c.json({ message: 'Your password was changed. Sign in with the new one.' }, 200);
  })
  .openapi(passwordRoute, async (c) => {
    const session = requireSession(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    await changePassword(accountContext(c), session.user.id, session.id, currentPassword, newPassword);
    return c.body(null, 204);
  })
  .openapi(meRoute, async (c) => {
    const session = requireSession(c);
    const user = await findUserById(createDb(c.env), session.user.id);
    if (!user) throw new ApiError('unauthenticated', 401, 'Sign in first');
    return c.json({ user: toAccount(user) }, 200);
  })
  .openapi(updateMeRoute, async (c) => {
    const session = requireSession(c);
    const user = await updateUser(createDb(c.env), session.user.id, c.req.valid('json'), new Date());
    if (!user) throw new ApiError('unauthenticated', 401, 'Sign in first');
    return c.json({ user: toAccount(user) }, 200);
  })
  .openapi(avatarRoute, async (c) => {
    const session = requireSession(c);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const avatar = inspectAvatar(bytes);
    const db = createDb(c.env);
    const key = `avatars/${session.user.id}/${generateRandomId()}.${avatar.extension}`;
    await c.env.MEDIA.put(key, bytes, { httpMetadata: { contentType: avatar.contentType } });
    const previous = (await findUserById(db, session.user.id))?.avatarKey;
    const user = await updateUser(db, session.user.id, { avatarKey: key }, new Date());
    if (previous) await c.env.MEDIA.delete(previous);
    return c.json({ user: toAccount(user!) }, 200);
  })
  .openapi(removeAvatarRoute, async (c) => {
    const session = requireSession(c);
    const db = createDb(c.env);
    const previous = (await findUserById(db, session.user.id))?.avatarKey;
    const user = await updateUser(db, session.user.id, { avatarKey: null }, new Date());
    if (previous) await c.env.MEDIA.delete(previous);
    return c.json({ user: toAccount(user!) }, 200);
  })
  .openapi(sessionsRoute, async (c) => {
    const session = requireSession(c);
    const sessions = await listUserSessions(createDb(c.env), session.user.id);
    return c.json(
      {
        sessions: sessions.map((s) => ({ id: s.id, device: s.device, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), current: s.id === session.id })),
      },
      200,
    );
  })
  .openapi(revokeRoute, async (c) => {
    const session = requireSession(c);
    const { id } = c.req.valid('param');
    // Scoped to the caller's account in the statement itself: another account's session is "not found".
    if (!(await invalidateSession(createDb(c.env), id, session.user.id))) throw new ApiError('not_found', 404, 'No such session on this account');
    if (id === session.id) clearSessionCookies(c);
    return c.body(null, 204);
  });
