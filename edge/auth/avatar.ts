// Avatars: the settings page resizes the picture in the browser (canvas, 256 px WebP) and uploads
// the result; the server trusts nothing about it: it reads the real format and size from the bytes
// and refuses anything that is not a small PNG, JPEG or WebP.
import { imageSize } from 'image-size';
import { ApiError } from '../errors';

export const AVATAR_CONTENT_TYPES = ['image/webp', 'image/png', 'image/jpeg'];
/** Within the API's 64 KiB body limit; a 256 px WebP is 5-20 KB. */
export const AVATAR_MAX_BYTES = 60 * 1024;
export const AVATAR_MAX_PIXELS = 512;

const CONTENT_TYPE_BY_FORMAT: Record<string, string> = { webp: 'image/webp', png: 'image/png', jpg: 'image/jpeg' };

export interface InspectedAvatar {
  contentType: string;
  extension: string;
  width: number;
  height: number;
}

export function inspectAvatar(bytes: Uint8Array): InspectedAvatar {
  if (bytes.byteLength === 0 || bytes.byteLength > AVATAR_MAX_BYTES) {
    throw new ApiError('invalid_image', 400, `An avatar must be a picture of at most ${AVATAR_MAX_BYTES / 1024} KB`);
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    throw new ApiError('invalid_image', 400, 'This is not a PNG, JPEG or WebP picture');
  }
  const contentType = size.type ? CONTENT_TYPE_BY_FORMAT[size.type] : undefined;
  if (!contentType) throw new ApiError('invalid_image', 400, 'This is not a PNG, JPEG or WebP picture');
  if (!size.width || !size.height || size.width > AVATAR_MAX_PIXELS || size.height > AVATAR_MAX_PIXELS) {
    throw new ApiError('invalid_image', 400, `An avatar must be at most ${AVATAR_MAX_PIXELS} x ${AVATAR_MAX_PIXELS} pixels`);
  }
  return { contentType, extension: size.type === 'jpg' ? 'jpg' : size.type!, width: size.width, height: size.height };
}
