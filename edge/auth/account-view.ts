import type { UserRow } from './user-queries';
import type { Account } from './schemas';
import { authorIdFor } from './authors';

/** What the API shows a user about their own account: never the password hash. */
export function toAccount(user: UserRow): Account {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    bio: user.bio,
    website: user.website,
    social: user.social ?? {},
    authorId: authorIdFor(user),
    avatarUrl: user.avatarKey ? `/api/media/${user.avatarKey}` : null, // edge/routes/media.ts
  };
}
