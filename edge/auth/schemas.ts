// Request and response shapes of /api/auth, one home for routes, OpenAPI and tests.
import { z } from '@hono/zod-openapi';
import { USER_ROLES } from '../../db/schema/users';
import { Password } from './password-policy';

export const Email = z.email().max(254).openapi({ example: 'ada@example.com' });
/** Any text a person calls themselves; shown escaped everywhere. */
export const DisplayName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .refine((name) => !/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(name), 'must not contain control or direction-override characters')
  .openapi({ example: 'Ada Lovelace' });
export const Token = z.string().min(1).max(200).openapi({ description: 'The token from the emailed link' });
const HttpsUrl = z.url({ protocol: /^https?$/ }).max(200);

export const SignUpBody = z.object({ email: Email, password: Password.openapi({ type: 'string' }), displayName: DisplayName }).openapi('SignUp');
export const SignInBody = z.object({ email: Email, password: z.string().min(1).max(1024) }).openapi('SignIn');
export const TokenBody = z.object({ token: Token });
export const ResetBody = z.object({ token: Token, password: Password.openapi({ type: 'string' }) }).openapi('PasswordReset');
export const ForgotBody = z.object({ email: Email }).openapi('PasswordResetRequest');
export const ChangePasswordBody = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: Password.openapi({ type: 'string' }) }).openapi('PasswordChange');

export const Social = z.object({ github: HttpsUrl.optional(), mastodon: HttpsUrl.optional(), x: HttpsUrl.optional(), linkedin: HttpsUrl.optional() }).strict();
export const ProfileUpdate = z
  .object({
    displayName: DisplayName.optional(),
    bio: z.string().max(500).nullable().optional(),
    website: HttpsUrl.nullable().optional(),
    social: Social.optional(),
  })
  .strict()
  .openapi('ProfileUpdate');

export const Account = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(USER_ROLES),
    emailVerified: z.boolean(),
    bio: z.string().nullable(),
    website: z.string().nullable(),
    social: Social,
    avatarUrl: z.string().nullable(),
    /** The committed author (content/authors.json) this account is, once its email is verified. */
    authorId: z.string().nullable(),
  })
  .openapi('Account');
export type Account = z.infer<typeof Account>;

export const SessionInfo = z
  .object({ id: z.string(), device: z.string().nullable(), createdAt: z.iso.datetime(), lastSeenAt: z.iso.datetime(), current: z.boolean() })
  .openapi('Session');

export const Message = z.object({ message: z.string() }).openapi('Message');
