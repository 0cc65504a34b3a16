import { USER_ROLES, type UserRole } from '../../db/schema/users';

/** Roles are ordered: each includes the ones before it (reader < author < editor < admin). */
export function hasRole(actual: UserRole, required: UserRole): boolean {
  return USER_ROLES.indexOf(actual) >= USER_ROLES.indexOf(required);
}
