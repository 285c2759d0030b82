import type { Database } from "../../db/client";
import { recordAudit } from "../../modules/audit/record-audit";
import { orgSettings } from "../../modules/orgs/tables";

// Organization writes go through better-auth's endpoints; this leaves the audit entry for each,
// with the signed-in user as the actor.
const AUDITED: Record<string, { action: string; entityType: string }> = {
  "/organization/create": { action: "org.create", entityType: "organization" },
  "/organization/update": { action: "org.update", entityType: "organization" },
  "/organization/invite-member": { action: "invitation.create", entityType: "invitation" },
  "/organization/cancel-invitation": { action: "invitation.cancel", entityType: "invitation" },
  "/organization/accept-invitation": { action: "member.join", entityType: "member" },
  "/organization/update-member-role": { action: "member.updateRole", entityType: "member" },
  "/organization/remove-member": { action: "member.remove", entityType: "member" },
};

export const isAuditedAuthPath = (path: string): boolean => path in AUDITED;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

export async function auditAuthWrite(
  db: Database,
  input: {
    path: string;
    body: unknown;
    returned: unknown;
    userId: string | undefined;
    activeOrgId: string | undefined;
  },
): Promise<void> {
  const spec = AUDITED[input.path];
  if (!spec || !isObj(input.returned) || !input.userId) return;
  const returned = input.returned;
  const body = isObj(input.body) ? input.body : {};
  // Responses nest the record differently per endpoint: {member}, {invitation}, or the record itself.
  const record = [returned.member, returned.invitation, returned].find(isObj) ?? returned;
  const orgId =
    input.path === "/organization/create"
      ? str(returned.id)
      : (str(record.organizationId) ?? str(body.organizationId) ?? input.activeOrgId);
  if (!orgId) return;
  if (input.path === "/organization/create") {
    await db.insert(orgSettings).values({ orgId }).onConflictDoNothing();
  }
  await recordAudit(
    db,
    { orgId, userId: input.userId },
    {
      action: spec.action,
      entityType: spec.entityType,
      entityId: str(record.id) ?? null,
      after: { ...body, result: record },
    },
  );
}
