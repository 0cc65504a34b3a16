// The settings page's forms (profile, password change): fields to request bodies, with the shared
// rules of ./forms.
import { SOCIAL_NETWORKS, type SocialNetwork } from './account';
import { BIO_MAX_CHARACTERS, checkDisplayName, checkNewPassword, checkUrl, result, type Checked, type FieldErrors, type FormValues } from './forms';

export function checkPasswordChange(values: FormValues): Checked<{ currentPassword: string; newPassword: string }> {
  const fields: FieldErrors = {};
  const currentPassword = values.currentPassword ?? '';
  if (!currentPassword) fields.currentPassword = 'Enter your current password.';
  const newPassword = checkNewPassword(values, 'newPassword', fields);
  if (!fields.newPassword && currentPassword && newPassword === currentPassword) fields.newPassword = 'Choose a password different from the current one.';
  return result(fields, { currentPassword, newPassword });
}

export interface ProfileRequest {
  displayName: string;
  bio: string | null;
  website: string | null;
  social: Partial<Record<SocialNetwork, string>>;
}

/** The whole profile, so clearing a field clears it: empty bio and website are null, empty links left out. */
export function checkProfile(values: FormValues): Checked<ProfileRequest> {
  const fields: FieldErrors = {};
  const displayName = checkDisplayName(values.displayName, fields);
  const bioText = (values.bio ?? '').trim();
  if (bioText.length > BIO_MAX_CHARACTERS) fields.bio = `Keep the bio to ${BIO_MAX_CHARACTERS} characters (now ${bioText.length}).`;
  const website = checkUrl(values.website, 'website', fields);
  const social: ProfileRequest['social'] = {};
  for (const network of SOCIAL_NETWORKS) {
    const url = checkUrl(values[`social.${network}`], `social.${network}`, fields);
    if (url) social[network] = url;
  }
  return result(fields, { displayName, bio: bioText || null, website, social });
}
