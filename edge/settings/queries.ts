import type { Db } from '../../db/client';
import { settings } from '../../db/schema/settings';
import { resolveSettings, type SiteSettings, type SiteSettingsUpdate } from './definitions';

export async function getSettings(db: Db): Promise<SiteSettings> {
  return resolveSettings(await db.select({ key: settings.key, value: settings.value }).from(settings));
}

/** Writes the given keys (one statement per key, batched by the driver); returns the new settings. */
export async function updateSettings(db: Db, update: SiteSettingsUpdate, userId: string, now: Date): Promise<SiteSettings> {
  for (const [key, value] of Object.entries(update)) {
    await db
      .insert(settings)
      .values({ key, value, updatedAt: now, updatedBy: userId })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now, updatedBy: userId } });
  }
  return getSettings(db);
}
