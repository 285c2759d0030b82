import type { Role } from "@crm/core/modules/orgs/roles";
import { type Action, can } from "@crm/core/platform/permissions";

export type NavItem = { href: string; label: string; icon: string; exact?: boolean };

type Def = {
  path: string;
  key: string;
  icon: string;
  needs?: Action;
  exact?: boolean;
  section: "main" | "settings";
};

const DEFS: Def[] = [
  { path: "", key: "shell.home", icon: "home", exact: true, section: "main" },
  { path: "/my-day", key: "shell.myDay", icon: "sun", section: "main" },
  { path: "/contacts", key: "shell.contacts", icon: "contact", section: "main" },
  { path: "/companies", key: "shell.companies", icon: "company", section: "main" },
  { path: "/leads", key: "shell.leads", icon: "target", section: "main" },
  { path: "/deals", key: "shell.deals", icon: "handshake", section: "main" },
  { path: "/tasks", key: "shell.tasks", icon: "tasks", section: "main" },
  { path: "/duplicates", key: "duplicates.title", icon: "duplicates", section: "main" },
  { path: "/import", key: "imports.title", icon: "import", needs: "records:write", section: "main" },
  { path: "/settings/profile", key: "settings.profile", icon: "user", section: "settings" },
  { path: "/settings/organization", key: "settings.organization", icon: "building", section: "settings" },
  { path: "/settings/members", key: "settings.members", icon: "users", section: "settings" },
  {
    path: "/settings/pipelines",
    key: "pipelineSettings.title",
    icon: "pipeline",
    needs: "pipelines:manage",
    section: "settings",
  },
  {
    path: "/settings/custom-fields",
    key: "customFields.title",
    icon: "fields",
    needs: "org:update",
    section: "settings",
  },
  { path: "/settings/exchange-rates", key: "exchangeRates.title", icon: "currency", section: "settings" },
  {
    path: "/settings/trash",
    key: "trash.title",
    icon: "trash",
    needs: "records:write",
    section: "settings",
  },
  {
    path: "/settings/api-keys",
    key: "settings.apiKeys",
    icon: "key",
    needs: "apiKeys:manage",
    section: "settings",
  },
  {
    path: "/settings/export",
    key: "exports.orgTitle",
    icon: "download",
    needs: "org:export",
    section: "settings",
  },
  {
    path: "/settings/audit-log",
    key: "settings.auditLog",
    icon: "history",
    needs: "audit:read",
    section: "settings",
  },
  {
    path: "/settings/dev-mailbox",
    key: "settings.mail",
    icon: "mail",
    needs: "devMail:read",
    section: "settings",
  },
];

/** Navigation for a role: what the role cannot use is not shown (the server refuses it anyway). */
export function navFor(slug: string, role: Role) {
  const visible = DEFS.filter((d) => !d.needs || can({ role }, d.needs));
  const toItem = (d: Def) => ({
    href: `/o/${slug}${d.path}`,
    key: d.key,
    icon: d.icon,
    exact: d.exact ?? false,
  });
  return {
    main: visible.filter((d) => d.section === "main").map(toItem),
    settings: visible.filter((d) => d.section === "settings").map(toItem),
  };
}

export type Nav = ReturnType<typeof navFor>;
