import { describe, expect, it } from 'vitest';
import { PAGE_STEP, isNavigationKey, keepActiveIndex, nextActiveIndex } from './active-option';

describe('nextActiveIndex', () => {
  it('moves from the input to the first option with ArrowDown and to the last with ArrowUp', () => {
    expect(nextActiveIndex(-1, 4, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(-1, 4, 'ArrowUp')).toBe(3);
  });

  it('steps through the options and wraps around both ends', () => {
    expect(nextActiveIndex(0, 4, 'ArrowDown')).toBe(1);
    expect(nextActiveIndex(3, 4, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(2, 4, 'ArrowUp')).toBe(1);
    expect(nextActiveIndex(0, 4, 'ArrowUp')).toBe(3);
  });

  it('has nothing to activate in an empty list', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'] as const) {
      expect(nextActiveIndex(-1, 0, key)).toBe(-1);
    }
  });

  it('leaves Home and End to the input caret until an option is active', () => {
    expect(nextActiveIndex(-1, 4, 'Home')).toBe(-1);
    expect(nextActiveIndex(-1, 4, 'End')).toBe(-1);
    expect(nextActiveIndex(2, 4, 'Home')).toBe(0);
    expect(nextActiveIndex(1, 4, 'End')).toBe(3);
  });

  it('pages by a fixed step without wrapping', () => {
    expect(nextActiveIndex(-1, 20, 'PageDown')).toBe(PAGE_STEP);
    expect(nextActiveIndex(18, 20, 'PageDown')).toBe(19);
    expect(nextActiveIndex(PAGE_STEP + 1, 20, 'PageUp')).toBe(1);
    expect(nextActiveIndex(2, 20, 'PageUp')).toBe(0);
  });
});

describe('isNavigationKey', () => {
  it('recognises the keys the listbox handles and no others', () => {
    expect(isNavigationKey('ArrowDown')).toBe(true);
    expect(isNavigationKey('PageUp')).toBe(true);
    expect(isNavigationKey('Enter')).toBe(false);
    expect(isNavigationKey('ArrowLeft')).toBe(false);
  });
});

describe('keepActiveIndex', () => {
  it('follows the active option to its new position', () => {
    expect(keepActiveIndex('result-b', ['suggestion-a', 'result-a', 'result-b'])).toBe(2);
  });

  it('drops the active option when it is gone or there was none', () => {
    expect(keepActiveIndex('result-z', ['result-a'])).toBe(-1);
    expect(keepActiveIndex(null, ['result-a'])).toBe(-1);
  });
});
