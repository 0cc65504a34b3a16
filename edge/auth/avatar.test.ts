import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { AVATAR_MAX_BYTES, inspectAvatar } from './avatar';

const picture = async (format: 'webp' | 'png' | 'jpeg' | 'gif', size = 256) =>
  new Uint8Array(await sharp({ create: { width: size, height: size, channels: 3, background: '#2357c6' } }).toFormat(format).toBuffer());

describe('inspectAvatar', () => {
  it('reads format and size from the bytes of small PNG, JPEG and WebP pictures', async () => {
    expect(inspectAvatar(await picture('webp'))).toEqual({ contentType: 'image/webp', extension: 'webp', width: 256, height: 256 });
    expect(inspectAvatar(await picture('png'))).toMatchObject({ contentType: 'image/png' });
    expect(inspectAvatar(await picture('jpeg'))).toMatchObject({ contentType: 'image/jpeg', extension: 'jpg' });
  });

  it('refuses other formats, large pictures, empty and oversized bodies, and text posing as an image', async () => {
    const refusals = [await picture('gif'), await picture('png', 600), new Uint8Array(), new Uint8Array(AVATAR_MAX_BYTES + 1), new TextEncoder().encode('<svg onload=alert(1)>')];
    for (const bytes of refusals) expect(() => inspectAvatar(bytes)).toThrow(expect.objectContaining({ code: 'invalid_image' }));
  });
});
