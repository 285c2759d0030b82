import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../../platform/env";

// The SMTP server of the deployment (SMTP_URL), set by whoever runs it: a trusted host, so it does
// not pass the outbound guard that user-given hosts (mailboxes, webhooks) go through.

let transport: Transporter | undefined;

export const isMailConfigured = (): boolean => env.SMTP_URL !== undefined;

/** One pooled-per-process transport, or null when SMTP_URL is not set. */
export function getSmtpTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  transport ??= nodemailer.createTransport({
    url: env.SMTP_URL,
    // A server that hangs fails the job (and pg-boss retries it) instead of holding a worker.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return transport;
}

/** The From of system mail: MAIL_FROM, else CRM <no-reply@APP_URL's host>. */
export const mailFrom = (): string => env.MAIL_FROM ?? `CRM <no-reply@${new URL(env.APP_URL).hostname}>`;

/** What Settings shows about mail: whether it is sent, from whom, through which server (no credentials). */
export function getMailStatus(): { configured: boolean; from: string; server: string | null } {
  if (!env.SMTP_URL) return { configured: false, from: mailFrom(), server: null };
  const url = new URL(env.SMTP_URL);
  return { configured: true, from: mailFrom(), server: `${url.protocol}//${url.host}` };
}
