// Who a social sign-in is: the linked account, an existing account with the same verified
// address (linked now), or a new account. A local account whose address is not verified is never
// linked: whoever registered it might not own the address (pre-account takeover).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { oauthAccounts, type OAuthProvider } from '../../../db/schema/oauth-accounts';
import { ApiError } from '../../errors';
import { findUserByEmail, findUserById, insertUser, type UserRow } from '../user-queries';
import type { OAuthProfile } from './providers';

export async function resolveOAuthUser(db: Db, provider: OAuthProvider, profile: OAuthProfile, now: Date): Promise<UserRow> {
  const [link] = await db
    .select()
    .from(oauthAccounts)
    .where(and(eq(oauthAccounts.provider, provider), eq(oauthAccounts.providerUserId, profile.providerUserId)));
  if (link) {
    const user = await findUserById(db, link.userId);
    if (user) return user;
  }
  if (!profile.verifiedEmail) throw new ApiError('oauth_email_unverified', 400, 'The provider has no verified email address for this account');
  const existing = await findUserByEmail(db, profile.verifiedEmail);
  if (existing && !existing.emailVerifiedAt) {
    throw new ApiError('oauth_account_unverified', 409, 'An account with this address exists but is not verified; sign in with its password or reset it');
  }
  const user =
    existing ?? (await insertUser(db, { email: profile.verifiedEmail, displayName: profile.name.slice(0, 60) || 'Reader', passwordHash: null, emailVerifiedAt: now }, now));
  if (!user) throw new ApiError('conflict', 409, 'The account changed during sign-in; try again');
  await db.insert(oauthAccounts).values({ provider, providerUserId: profile.providerUserId, userId: user.id, createdAt: now }).onConflictDoNothing();
  return user;
}
