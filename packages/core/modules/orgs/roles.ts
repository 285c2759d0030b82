export const ROLES = ["admin", "manager", "rep", "readonly"] as const;
export type Role = (typeof ROLES)[number];
