// What each account form sends: its fields (named as the API names them, so server errors map back
// by name) turned into a request body, with the checks worth making before a round trip. The API
// stays the authority (it also rejects the 10,000 most common passwords); these only catch what a
// person can fix at once. Messages say what to do, not what went wrong.
import { SOCIAL_NETWORKS, type SocialNetwork } from './account';

export type FormValues = Readonly<Record<string, string>>;
export type FieldErrors = Record<string, string>;
export type Checked<T> = { ok: true; request: T } | { ok: false; fields: FieldErrors };

/** The API's password rules (edge/auth/password-policy.ts), counted the same way: code points of the NFC form. */
export const PASSWORD_MIN_CHARACTERS = 8;
export const PASSWORD_MAX_CHARACTERS = 256;
export const DISPLAY_NAME_MAX_CHARACTERS = 60;
export const BIO_MAX_CHARACTERS = 500;
export const URL_MAX_CHARACTERS = 200;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const countCharacters = (text: string): number => [...text.normalize('NFC')].length;

function checkEmail(value: string | undefined, fields: FieldErrors, name = 'email'): string {
  const email = (value ?? '').trim();
  if (!email) fields[name] = 'Enter your email address.';
  else if (!EMAIL_SHAPE.test(email) || email.length > 254) fields[name] = 'Enter an email address like name@example.com.';
  return email;
}

function checkNewPassword(values: FormValues, name: string, fields: FieldErrors): string {
  const password = values[name] ?? '';
  const length = countCharacters(password);
  if (!password) fields[name] = 'Choose a password.';
  else if (length < PASSWORD_MIN_CHARACTERS) fields[name] = `Use at least ${PASSWORD_MIN_CHARACTERS} characters (now ${length}).`;
  else if (length > PASSWORD_MAX_CHARACTERS) fields[name] = `Use at most ${PASSWORD_MAX_CHARACTERS} characters (now ${length}).`;
  if (!fields[name]) {
    const confirmation = values.confirmPassword ?? '';
    if (!confirmation) fields.confirmPassword = 'Type the new password again.';
    else if (confirmation !== password) fields.confirmPassword = 'The two passwords differ. Type the same password twice.';
  }
  return password;
}

function checkDisplayName(value: string | undefined, fields: FieldErrors): string {
  const name = (value ?? '').trim();
  if (!name) fields.displayName = 'Enter the name to show with your comments and posts.';
  else if (countCharacters(name) > DISPLAY_NAME_MAX_CHARACTERS) fields.displayName = `Use at most ${DISPLAY_NAME_MAX_CHARACTERS} characters.`;
  return name;
}

/** An optional web address: empty is null; otherwise a full http(s) URL. */
function checkUrl(value: string | undefined, name: string, fields: FieldErrors): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) fields[name] = 'Enter a full address that starts with https://.';
  else if (text.length > URL_MAX_CHARACTERS) fields[name] = `Use at most ${URL_MAX_CHARACTERS} characters.`;
  return text;
}

const result = <T>(fields: FieldErrors, request: T): Checked<T> => (Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, request });

export function checkSignUp(values: FormValues): Checked<{ email: string; password: string; displayName: string }> {
  const fields: FieldErrors = {};
  const displayName = checkDisplayName(values.displayName, fields);
  const email = checkEmail(values.email, fields);
  const password = checkNewPassword(values, 'password', fields);
  return result(fields, { email, password, displayName });
}

/** Sign-in checks presence only: an old password must keep working whatever today's rules are. */
export function checkSignIn(values: FormValues): Checked<{ email: string; password: string }> {
  const fields: FieldErrors = {};
  const email = checkEmail(values.email, fields);
  const password = values.password ?? '';
  if (!password) fields.password = 'Enter your password.';
  return result(fields, { email, password });
}

export function checkForgot(values: FormValues): Checked<{ email: string }> {
  const fields: FieldErrors = {};
  const email = checkEmail(values.email, fields);
  return result(fields, { email });
}

export function checkReset(values: FormValues, token: string): Checked<{ token: string; password: string }> {
  const fields: FieldErrors = {};
  const password = checkNewPassword(values, 'password', fields);
  return result(fields, { token, password });
}

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
