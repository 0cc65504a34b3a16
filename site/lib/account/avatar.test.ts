import { describe, expect, it } from 'vitest';
import { squareCrop } from './avatar';

describe('squareCrop', () => {
  it('takes the centred square of landscape and portrait pictures', () => {
    expect(squareCrop(400, 300)).toEqual({ sx: 50, sy: 0, side: 300 });
    expect(squareCrop(300, 401)).toEqual({ sx: 0, sy: 50, side: 300 });
    expect(squareCrop(256, 256)).toEqual({ sx: 0, sy: 0, side: 256 });
  });
});
