import type { Role } from "../modules/orgs/roles";

/** Who is acting, in which organization, with which role. Built from a session or an API key, never from input. */
export type Ctx = {
  orgId: string;
  userId: string | null;
  role: Role;
  apiKeyId?: string;
  /** Set for the parts of one bulk change: their audit entries share it. */
  auditBatchId?: string;
};
