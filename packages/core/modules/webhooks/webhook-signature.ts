import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Standard Webhooks (standardwebhooks.com): the secret is `whsec_<base64 key>`; a message is signed
// as HMAC-SHA256 over `<webhook-id>.<webhook-timestamp>.<body>` with the decoded key and sent as
// `webhook-signature: v1,<base64 signature>`.

const PREFIX = "whsec_";

/** A new signing secret: 24 random bytes, in the Standard Webhooks form. */
export const generateWebhookSecret = (): string => `${PREFIX}${randomBytes(24).toString("base64")}`;

const keyOf = (secret: string): Buffer =>
  Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");

/** The `webhook-signature` header value of one message (`timestamp` in seconds since the epoch). */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const signature = createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
  return `v1,${signature}`;
}

/** Whether one of the header's space-separated signatures is this message's (what a receiver checks). */
export function verifyWebhookSignature(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
  header: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, id, timestamp, body));
  return header.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
