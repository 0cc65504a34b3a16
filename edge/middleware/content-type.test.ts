import { describe, expect, it } from 'vitest';
import { isAcceptedContentType } from './content-type';

const BEACON = new Map([['POST /api/beacon', ['text/plain']]]);

describe('isAcceptedContentType', () => {
  it('accepts JSON anywhere, with or without parameters', () => {
    expect(isAcceptedContentType('POST /api/chat/x/messages', 'application/json', BEACON)).toBe(true);
    expect(isAcceptedContentType('POST /api/chat/x/messages', 'Application/JSON; charset=utf-8', BEACON)).toBe(true);
  });

  it('accepts text/plain only on the routes named, which sendBeacon posts that way', () => {
    expect(isAcceptedContentType('POST /api/beacon', 'text/plain;charset=UTF-8', BEACON)).toBe(true);
    expect(isAcceptedContentType('PUT /api/beacon', 'text/plain', BEACON)).toBe(false);
    expect(isAcceptedContentType('POST /api/chat/x/messages', 'text/plain', BEACON)).toBe(false);
  });

  it.each([null, '', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'refuses %j',
    (contentType) => {
      expect(isAcceptedContentType('POST /api/beacon', contentType, BEACON)).toBe(false);
    },
  );
});
