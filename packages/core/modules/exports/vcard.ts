import { contactName } from "../contacts/contact-name";
import type { Contact } from "../contacts/tables";

// vCard 3.0 (RFC 2426), the version every address book imports: text values escaped, lines
// folded at 75 octets, CRLF line ends.

/** Escapes a text value: backslash, comma, semicolon and line breaks. */
export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/,/g, "\\,")
    .replace(/;/g, "\\;")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character. */
export function foldVCardLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const PHONE_TYPES: Record<string, string> = {
  work: "WORK",
  home: "HOME",
  mobile: "CELL",
  cell: "CELL",
  fax: "FAX",
};

export type VCardContact = Pick<
  Contact,
  "id" | "firstName" | "lastName" | "email" | "emails" | "phones" | "title" | "tags" | "updatedAt"
>;

export function buildVCard(contact: VCardContact, companyName: string | null): string {
  const e = escapeVCardText;
  const fullName = contactName(contact);
  const lines = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    `N:${e(contact.lastName)};${e(contact.firstName)};;;`,
    `FN:${e(fullName)}`,
  ];
  if (companyName) lines.push(`ORG:${e(companyName)}`);
  if (contact.title) lines.push(`TITLE:${e(contact.title)}`);
  const emails = [...new Set([contact.email, ...contact.emails].filter((v): v is string => Boolean(v)))];
  emails.forEach((email, i) => {
    lines.push(`EMAIL;TYPE=INTERNET${i === 0 ? ",PREF" : ""}:${e(email)}`);
  });
  for (const phone of contact.phones) {
    const type = PHONE_TYPES[phone.label.toLowerCase()] ?? "VOICE";
    lines.push(`TEL;TYPE=${type}:${e(phone.number)}`);
  }
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(e).join(",")}`);
  lines.push(`UID:urn:uuid:${contact.id}`);
  lines.push(`REV:${contact.updatedAt.toISOString().replace(/\.\d{3}/, "")}`);
  lines.push("END:VCARD");
  return `${lines.map(foldVCardLine).join("\r\n")}\r\n`;
}

/** A file name for the card: "ada-lovelace.vcf". */
export function vCardFileName(contact: Pick<Contact, "firstName" | "lastName">): string {
  const base = contactName(contact)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base || "contact"}.vcf`;
}
