import { normalizeDomain } from "../companies/schemas";

// Addresses at these providers say nothing about the person's employer.
const FREE_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "ymail.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "gmx.de",
  "gmx.net",
  "gmx.at",
  "gmx.ch",
  "gmx.com",
  "web.de",
  "t-online.de",
  "freenet.de",
  "posteo.de",
  "mail.de",
  "mail.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "yandex.ru",
  "yandex.com",
  "mail.ru",
  "qq.com",
  "163.com",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "libero.it",
]);
// Country variants: yahoo.co.uk, hotmail.de, outlook.fr, live.co.uk, …
const FREE_MAIL_FAMILIES = /^(yahoo|hotmail|outlook|live|gmx)\.[a-z]{2,3}(\.[a-z]{2})?$/;

export function isFreeMailDomain(domain: string): boolean {
  return FREE_MAIL_DOMAINS.has(domain) || FREE_MAIL_FAMILIES.test(domain);
}

/** The employer's domain of an email address: null for free-mail providers and malformed addresses. */
export function companyDomainOfEmail(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf("@") ?? -1;
  if (!email || at < 0) return null;
  const domain = normalizeDomain(email.slice(at + 1));
  return domain && !isFreeMailDomain(domain) ? domain : null;
}
