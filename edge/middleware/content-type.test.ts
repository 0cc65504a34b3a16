import { describe, expect, it } from 'vitest';
import { isAcceptedContentType } from './content-type';

describe('isAcceptedContentType', () => {
  it('accepts JSON anywhere, with or without parameters', () => {
    expect(isAcceptedContentType('/api/chat/x/messages', 'application/json')).toBe(true);
    expect(isAcceptedContentType('/api/chat/x/messages', 'Application/JSON; charset=utf-8')).toBe(true);
  });

  it('accepts text/plain only for the beacon, which sendBeacon posts that way', () => {
    expect(isAcceptedContentType('/api/beacon', 'text/plain;charset=UTF-8')).toBe(true);
    expect(isAcceptedContentType('/api/chat/x/messages', 'text/plain')).toBe(false);
  });

  it.each([null, '', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'refuses %j',
    (contentType) => {
      expect(isAcceptedContentType('/api/beacon', contentType)).toBe(false);
    },
  );
});
