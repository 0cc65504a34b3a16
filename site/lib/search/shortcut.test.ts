import { describe, expect, it } from 'vitest';
import { isPlainClick, isSearchShortcut, isTextField } from './shortcut';

const key = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'defaultPrevented', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('isTextField', () => {
  it('treats inputs that take text, textareas, selects and editable content as text fields', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextField({ tagName: 'input', type: 'EMAIL' })).toBe(true);
    expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextField({ tagName: 'SELECT' })).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('does not treat buttons, checkboxes, links or the page as text fields', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextField({ tagName: 'INPUT', type: 'submit' })).toBe(false);
    expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextField({ tagName: 'A' })).toBe(false);
    expect(isTextField({ tagName: 'BODY', isContentEditable: false })).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});

describe('isSearchShortcut', () => {
  it('opens with "/" outside text fields, also where "/" needs Shift', () => {
    expect(isSearchShortcut(key('/'), false)).toBe(true);
    expect(isSearchShortcut(key('/', { shiftKey: true }), false)).toBe(true);
  });

  it('lets "/" be typed in a text field', () => {
    expect(isSearchShortcut(key('/'), true)).toBe(false);
  });

  it('leaves "/" with Ctrl, Cmd or Alt to the browser', () => {
    expect(isSearchShortcut(key('/', { ctrlKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { metaKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { altKey: true }), false)).toBe(false);
  });

  it('opens with Ctrl+K and Cmd+K, also from a text field and with Caps Lock on', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key('k', { metaKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key('K', { ctrlKey: true }), false)).toBe(true);
  });

  it('ignores K alone, with Shift or Alt, and other keys', () => {
    expect(isSearchShortcut(key('k'), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isSearchShortcut(key('s', { ctrlKey: true }), false)).toBe(false);
  });

  it('ignores keys already handled or typed during IME composition', () => {
    expect(isSearchShortcut(key('/', { defaultPrevented: true }), false)).toBe(false);
    expect(isSearchShortcut(key('/', { isComposing: true }), false)).toBe(false);
  });
});

describe('isPlainClick', () => {
  const click = (button: number, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    button,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  it('takes a plain left click', () => {
    expect(isPlainClick(click(0))).toBe(true);
  });

  it('leaves new-tab and new-window clicks to the link', () => {
    expect(isPlainClick(click(1))).toBe(false);
    expect(isPlainClick(click(0, { ctrlKey: true }))).toBe(false);
    expect(isPlainClick(click(0, { metaKey: true }))).toBe(false);
    expect(isPlainClick(click(0, { shiftKey: true }))).toBe(false);
  });
});
