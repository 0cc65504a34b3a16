// Every site setting: its schema and default, in one object. A feature adds its settings here;
// the settings table stores only values an admin changed (db/schema/settings.ts).
import { z } from '@hono/zod-openapi';

export const SiteSettings = z
  .object({
    /** New accounts can be created (admins can always invite by creating accounts). */
    signUpOpen: z.boolean().default(true),
  })
  .openapi('SiteSettings');
export type SiteSettings = z.infer<typeof SiteSettings>;

/** A partial update: only known keys, each with its own type. */
export const SiteSettingsUpdate = SiteSettings.partial().strict().openapi('SiteSettingsUpdate');
export type SiteSettingsUpdate = z.infer<typeof SiteSettingsUpdate>;

export const DEFAULT_SETTINGS: SiteSettings = SiteSettings.parse({});

/** Stored rows over the defaults; a stored value that no longer fits its schema falls back to the default. */
export function resolveSettings(stored: ReadonlyArray<{ key: string; value: unknown }>): SiteSettings {
  const resolved: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const { key, value } of stored) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    const field = SiteSettings.shape[key as keyof SiteSettings];
    const parsed = field.safeParse(value);
    if (parsed.success) resolved[key] = parsed.data;
  }
  return resolved as SiteSettings;
}
