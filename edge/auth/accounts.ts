// The account flows behind /api/auth: sign-up, sign-in, email verification, password reset and
// change. Routes parse input and set cookies; these decide. Every answer that could reveal whether
// an email has an account is the same either way, and costs one password hash either way.
import type { Db } from '../../db/client';
import { ApiError, RateLimitedError } from '../errors';
import { sendMail } from '../mail/send';
import type { MailEnv } from '../mail/providers';
import { passwordChangedMail, resetPasswordMail, verifyEmailMail } from '../mail/templates';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password-hash';
import { needsRehash } from './password-phc';
import { authorIdFor } from './authors';
import { isCommonPassword } from './password-policy';
import { createSession, invalidateUserSessions } from './session-queries';
import { ACCOUNT_THROTTLE, CLIENT_THROTTLE } from './throttle-policy';
import { clearSignInFailures, recordSignInFailure, throttleWait } from './throttle-queries';
import { findUserByEmail, findUserById, insertUser, normalizeEmail, updateUser, type UserRow } from './user-queries';
import { consumeUserToken, EMAIL_VERIFICATION_TTL_SECONDS, issueUserToken, PASSWORD_RESET_TTL_SECONDS } from './user-token-queries';

/** After Password has validated the input: `password_too_common` (400). */
export function rejectCommonPassword(password: string): void {
  if (isCommonPassword(password)) {
    throw new ApiError(
      'password_too_common',
      400,
      'This password is one of the most common in leaked password lists, so attackers try it first. Choose another one.',
    );
  }
}

export interface AccountContext {
  db: Db;
  mail: MailEnv;
  /** The public origin, for links in emails. */
  siteUrl: string;
  /** ADMIN_EMAIL: the account that verifies this address becomes an admin (bootstrap). */
  adminEmail?: string;
  now: Date;
}

const link = (ctx: AccountContext, path: string, token?: string) => {
  const url = new URL(path, ctx.siteUrl);
  if (token) url.searchParams.set('token', token);
  return url.href;
};

export async function sendVerificationEmail(ctx: AccountContext, user: Pick<UserRow, 'id' | 'email' | 'displayName'>): Promise<void> {
  const token = await issueUserToken(ctx.db, user.id, 'verify_email', user.email, EMAIL_VERIFICATION_TTL_SECONDS, ctx.now);
  const mail = verifyEmailMail({ displayName: user.displayName, link: link(ctx, '/account/verify/', token), hours: EMAIL_VERIFICATION_TTL_SECONDS / 3600 });
  await sendMail(ctx.mail, ctx.db, user.email, mail, ctx.now);
}

/**
 * Creates an unverified reader and sends the verification link. A taken email gets the same
 * answer (and one hash of work); its owner gets a reset link instead, so nobody learns from
 * sign-up which addresses have accounts.
 */
export async function signUp(ctx: AccountContext, input: { email: string; password: string; displayName: string }): Promise<void> {
  rejectCommonPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const user = await insertUser(ctx.db, { email: input.email, displayName: input.displayName, passwordHash }, ctx.now);
  if (user) return sendVerificationEmail(ctx, user);
  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing) await sendResetEmail(ctx, existing);
}

export interface SignInKeys {
  account: string;
  client: string;
}

/** Checks the password and opens a new session; locked keys are refused before any hashing. */
export async function signIn(ctx: AccountContext, input: { email: string; password: string; device: string | null }, keys: SignInKeys): Promise<{ token: string; expiresAt: Date; user: UserRow }> {
  const wait = Math.max(await throttleWait(ctx.db, keys.account, ctx.now), await throttleWait(ctx.db, keys.client, ctx.now));
  if (wait > 0) throw new RateLimitedError(wait, 'Too many failed sign-ins; try again later');
  const user = await findUserByEmail(ctx.db, input.email);
  // Unknown email or an OAuth-only account: the same hash work as a real check, then the same error.
  const valid = await verifyPassword(user?.passwordHash ?? dummyPasswordHash, input.password);
  if (!user?.passwordHash || !valid) {
    await recordSignInFailure(ctx.db, ACCOUNT_THROTTLE, keys.account, ctx.now);
    await recordSignInFailure(ctx.db, CLIENT_THROTTLE, keys.client, ctx.now);
    throw new ApiError('invalid_credentials', 401, 'The email or the password is wrong');
  }
  await clearSignInFailures(ctx.db, keys.account);
  if (needsRehash(user.passwordHash)) await updateUser(ctx.db, user.id, { passwordHash: await hashPassword(input.password) }, ctx.now);
  const session = await createSession(ctx.db, user.id, input.device, ctx.now);
  return { ...session, user };
}

/** Marks the address verified when the link was sent to the account's current address. */
export async function verifyEmail(ctx: AccountContext, token: string): Promise<UserRow> {
  const used = await consumeUserToken(ctx.db, token, 'verify_email', ctx.now);
  const user = used && (await findUserById(ctx.db, used.userId));
  if (!used || !user || user.email !== used.email) throw new ApiError('invalid_token', 400, 'This link is invalid or has expired; ask for a new one');
  const bootstrapAdmin = ctx.adminEmail !== undefined && normalizeEmail(ctx.adminEmail) === user.email;
  // A committed author (content/authors.json) who verifies their address can write.
  const committedAuthor = user.role === 'reader' && authorIdFor({ email: user.email, emailVerifiedAt: ctx.now }) !== null;
  const role = bootstrapAdmin ? ('admin' as const) : committedAuthor ? ('author' as const) : undefined;
  const changes = { ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: ctx.now }), ...(role ? { role } : {}) };
  return Object.keys(changes).length ? ((await updateUser(ctx.db, user.id, changes, ctx.now)) ?? user) : user;
}

async function sendResetEmail(ctx: AccountContext, user: UserRow): Promise<void> {
  const token = await issueUserToken(ctx.db, user.id, 'reset_password', user.email, PASSWORD_RESET_TTL_SECONDS, ctx.now);
  const mail = resetPasswordMail({ displayName: user.displayName, link: link(ctx, '/account/reset/', token), minutes: PASSWORD_RESET_TTL_SECONDS / 60 });
  await sendMail(ctx.mail, ctx.db, user.email, mail, ctx.now);
}

/** Sends a reset link if the account exists. Callers answer before this finishes (waitUntil), so timing tells nothing. */
export async function requestPasswordReset(ctx: AccountContext, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (user) await sendResetEmail(ctx, user);
}

async function replacePassword(ctx: AccountContext, user: UserRow, password: string, exceptSessionId?: string): Promise<void> {
  rejectCommonPassword(password);
  await updateUser(ctx.db, user.id, { passwordHash: await hashPassword(password) }, ctx.now);
  await invalidateUserSessions(ctx.db, user.id, exceptSessionId);
  await sendMail(ctx.mail, ctx.db, user.email, passwordChangedMail({ displayName: user.displayName, resetLink: link(ctx, '/account/forgot/') }), ctx.now);
}

/**
 * Sets a new password from a reset link: every session ends and nobody is signed in; the link
 * proved the address, so it also counts as verified.
 */
export async function resetPassword(ctx: AccountContext, token: string, password: string): Promise<void> {
  rejectCommonPassword(password);
  const used = await consumeUserToken(ctx.db, token, 'reset_password', ctx.now);
  const user = used && (await findUserById(ctx.db, used.userId));
  if (!used || !user || user.email !== used.email) throw new ApiError('invalid_token', 400, 'This link is invalid or has expired; ask for a new one');
  if (!user.emailVerifiedAt) await updateUser(ctx.db, user.id, { emailVerifiedAt: ctx.now }, ctx.now);
  await replacePassword(ctx, user, password);
}

/** A signed-in change: needs the current password; other sessions end, this one stays. */
export async function changePassword(ctx: AccountContext, userId: string, sessionId: string, current: string, next: string): Promise<void> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new ApiError('unauthenticated', 401, 'Sign in first');
  if (!(await verifyPassword(user.passwordHash ?? dummyPasswordHash, current)) || !user.passwordHash) {
    throw new ApiError('invalid_credentials', 401, 'The current password is wrong');
  }
  await replacePassword(ctx, user, next, sessionId);
}
