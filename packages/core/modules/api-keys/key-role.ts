import { ROLES, type Role } from "../orgs/roles";

/** The lesser of two roles (ROLES lists them from most to least powerful). */
export function narrowRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) >= ROLES.indexOf(b) ? a : b;
}

/** Roles more powerful than `role`: a key its creator made may no longer carry them once they hold `role`. */
export function rolesAbove(role: Role): Role[] {
  return ROLES.slice(0, ROLES.indexOf(role));
}
