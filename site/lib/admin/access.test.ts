import { describe, expect, it } from 'vitest';
import { accessProblem } from './access';

const failure = (status: number, code: string) => ({ status, code, message: 'This needs the admin role', issues: [] });

describe('accessProblem', () => {
  it('asks a signed-out visitor to sign in and come back', () => {
    expect(accessProblem(failure(401, 'unauthenticated'), '/admin/users/')).toEqual({ kind: 'sign-in', href: '/account/sign-in/?next=%2Fadmin%2Fusers%2F' });
  });

  it('tells a signed-in account without the role that the page is not for it', () => {
    expect(accessProblem(failure(403, 'forbidden'), '/admin/users/')).toEqual({ kind: 'forbidden', message: 'This needs the admin role' });
  });

  it('leaves other failures to the page, a cross-origin 403 included', () => {
    expect(accessProblem(failure(403, 'cross_origin'), '/admin/')).toBeNull();
    expect(accessProblem(failure(500, 'internal'), '/admin/')).toBeNull();
  });
});
