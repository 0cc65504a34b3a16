// Response shapes of the admin API (edge/routes/users.ts, settings.ts, outbox.ts) as the admin
// islands check them. Admin pages are React islands without a byte budget, so they use zod.
import { z } from 'zod';
import { ROLES } from '../account/account';

export const UserSummary = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  emailVerified: z.boolean(),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof UserSummary>;
export const UserList = z.object({ users: z.array(UserSummary), total: z.number().int() });
export type UserList = z.infer<typeof UserList>;
export const UserBody = z.object({ user: UserSummary });

export const SiteSettings = z.object({ signUpOpen: z.boolean() });
export type SiteSettings = z.infer<typeof SiteSettings>;
export const SettingsBody = z.object({ settings: SiteSettings });

export const OutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  html: z.string(),
  text: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;
export const OutboxList = z.object({ messages: z.array(OutboxMessage) });
