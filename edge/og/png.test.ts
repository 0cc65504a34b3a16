import { describe, expect, it } from 'vitest';
import { crc32, encodePng } from './png';

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer());
}

/** The chunks of a PNG, checking the signature and every CRC. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect((crc32(typeAndData) ^ 0xffffffff) >>> 0).toBe(view.getUint32(at + 8 + length));
    found.push({ type: new TextDecoder().decode(typeAndData.subarray(0, 4)), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  return found;
}

describe('crc32', () => {
  it('is the CRC-32 PNG uses', () => {
    expect((crc32(new TextEncoder().encode('IEND')) ^ 0xffffffff) >>> 0).toBe(0xae426082);
    expect((crc32(new TextEncoder().encode('123456789')) ^ 0xffffffff) >>> 0).toBe(0xcbf43926);
  });
});

describe('encodePng', () => {
  it('writes IHDR, IDAT and IEND for 8-bit RGBA, each row unfiltered', async () => {
    const pixels = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 17, 19, 24, 128]);
    const png = await encodePng(pixels, 2, 2);
    const [ihdr, idat, iend, ...rest] = chunks(png);
    expect(rest).toEqual([]);
    expect(ihdr!.type).toBe('IHDR');
    expect([...ihdr!.data]).toEqual([0, 0, 0, 2, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
    expect(idat!.type).toBe('IDAT');
    expect([...(await inflate(idat!.data))]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)]);
    expect(iend).toEqual({ type: 'IEND', data: new Uint8Array() });
  });

  it('rejects pixels that do not fill the size', async () => {
    await expect(encodePng(new Uint8Array(12), 2, 2)).rejects.toThrow('expected 16 bytes of RGBA, got 12');
  });
});
