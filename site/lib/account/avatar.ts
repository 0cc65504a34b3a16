// Avatars are resized here, in the browser, before upload: the API takes a small square picture
// (at most 512 px and 60 KB, edge/auth/avatar.ts) and checks the bytes itself.
export const AVATAR_PIXELS = 256;

/** The centred square of a picture: what a round avatar shows. */
export function squareCrop(width: number, height: number): { sx: number; sy: number; side: number } {
  const side = Math.min(width, height);
  return { sx: Math.floor((width - side) / 2), sy: Math.floor((height - side) / 2), side };
}

/** Any picture the browser can decode, as a 256 px square WebP. */
export async function resizeAvatar(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const { sx, sy, side } = squareCrop(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(AVATAR_PIXELS, AVATAR_PIXELS);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(bitmap, sx, sy, side, side, 0, 0, AVATAR_PIXELS, AVATAR_PIXELS);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/webp', quality: 0.85 });
}
