import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { settings } from '../../db/schema/settings';
import { resolveSettings, type SiteSettings, type SiteSettingsUpdate } from './definitions';

export async function getSettings(db: Db): Promise<SiteSettings> {
  return resolveSettings(await db.select({ key: settings.key, value: settings.value }).from(settings));
}

/** Writes the given keys in one statement (all or nothing); returns the new settings. */
export async function updateSettings(db: Db, update: SiteSettingsUpdate, userId: string, now: Date): Promise<SiteSettings> {
  const rows = Object.entries(update).map(([key, value]) => ({ key, value, updatedAt: now, updatedBy: userId }));
  if (rows.length) {
    await db
      .insert(settings)
      .values(rows)
      .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: now, updatedBy: userId } });
  }
  return getSettings(db);
}
