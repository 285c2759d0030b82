import { createAccessControl } from "better-auth/plugins/access";

// Roles as better-auth's organization plugin sees them: only admins manage the organization,
// its members and invitations. Record-level rules live in platform/permissions.ts.
const statements = {
  organization: ["update", "delete"],
  member: ["create", "update", "delete"],
  invitation: ["create", "cancel"],
  team: ["create", "update", "delete"],
  ac: ["create", "read", "update", "delete"],
} as const;

export const ac = createAccessControl(statements);

export const roles = {
  admin: ac.newRole({
    organization: ["update"],
    member: ["create", "update", "delete"],
    invitation: ["create", "cancel"],
    team: ["create", "update", "delete"],
    ac: ["create", "read", "update", "delete"],
  }),
  manager: ac.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
  rep: ac.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
  readonly: ac.newRole({ organization: [], member: [], invitation: [], team: [], ac: [] }),
};
