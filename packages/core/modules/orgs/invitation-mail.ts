import type { Role } from "./roles";

// The invitation mail in the inviter's language (the web app's locales). Roles are named as the
// app names them ("Sales rep"), never by their stored value ("rep").
const TEXT = {
  en: {
    roles: { admin: "Admin", manager: "Manager", rep: "Sales rep", readonly: "Read-only" },
    subject: (inviter: string, org: string) => `${inviter} invited you to ${org}`,
    body: (org: string, role: string) =>
      `You are invited to join ${org} with the role ${role}. Open the link to accept; it expires in 7 days.`,
  },
  de: {
    roles: { admin: "Administrator", manager: "Manager", rep: "Vertrieb", readonly: "Nur Lesen" },
    subject: (inviter: string, org: string) => `${inviter} hat Sie zu ${org} eingeladen`,
    body: (org: string, role: string) =>
      `Sie sind eingeladen, ${org} mit der Rolle „${role}“ beizutreten. Öffnen Sie den Link, um anzunehmen; er ist 7 Tage gültig.`,
  },
} satisfies Record<string, { roles: Record<Role, string>; subject: unknown; body: unknown }>;

type Locale = keyof typeof TEXT;

export function invitationMail(input: {
  inviterName: string;
  orgName: string;
  role: string;
  locale?: string | null;
}): { subject: string; text: string } {
  const locale: Locale = input.locale?.startsWith("de") ? "de" : "en";
  const text = TEXT[locale];
  const role = text.roles[input.role as Role] ?? input.role;
  return { subject: text.subject(input.inviterName, input.orgName), text: text.body(input.orgName, role) };
}
