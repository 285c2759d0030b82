import type { LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { env } from "../env";
import { AppError } from "../errors";
import { type AddressClass, classifyAddress, isAllowedClass, isMetadataHostName } from "./address-policy";

/** Resolves a host name to all its addresses (the system resolver: /etc/hosts, then DNS). */
export type HostResolver = (host: string) => Promise<LookupAddress[]>;

export const systemResolver: HostResolver = (host) => lookup(host, { all: true, verbatim: true });

/** A host that passed the guard, with the checked addresses a connection must use. */
export type GuardedHost = {
  /** The host as given (without brackets or a trailing dot): the TLS servername and Host header. */
  host: string;
  /** The first checked address: connect to this, never to `host` again (a second lookup could answer otherwise). */
  address: string;
  family: 4 | 6;
  addresses: { address: string; family: 4 | 6 }[];
};

/**
 * A user-given host the guard refused (`refused`) or could not resolve (`dns`): a 422 naming the
 * field (`host` unless the caller says which), so a form shows it where the host was typed.
 */
export class OutboundHostError extends AppError {
  readonly reason: "refused" | "dns";
  readonly host: string;

  constructor(reason: "refused" | "dns", host: string, message: string, field = "host") {
    super("unprocessable", message, { fieldErrors: { [field]: [message] } });
    this.name = "OutboundHostError";
    this.reason = reason;
    this.host = host;
  }
}

const DESCRIPTION: Record<Exclude<AddressClass, "public">, string> = {
  metadata: "a cloud metadata service",
  reserved: "a reserved (non-routable) address",
  loopback: "this machine (loopback)",
  "link-local": "a link-local address",
  private: "a private network",
};

function refusal(host: string, address: string, kind: Exclude<AddressClass, "public">): OutboundHostError {
  const subject = address === host ? `${host} is` : `${host} resolves to ${address},`;
  const why =
    kind === "metadata" || kind === "reserved"
      ? "which is never allowed"
      : "which is refused unless OUTBOUND_ALLOW_PRIVATE_HOSTS=true";
  return new OutboundHostError("refused", host, `${subject} ${DESCRIPTION[kind]}, ${why}`);
}

const familyOf = (address: string): 4 | 6 => (isIP(address) === 6 ? 6 : 4);

/**
 * The one check before any connection to a user-given host (webhooks, HTTP actions, enrichment,
 * SMTP and IMAP). The host is resolved once, every address it resolves to is checked (one bad
 * address refuses the host: a name may mix a public and a private answer), and the caller connects
 * to `address` with `host` as TLS servername (nodemailer `tls.servername`, imapflow `servername`),
 * so a second lookup answering with another address (DNS rebinding) is never made.
 * Numeric forms (2130706433, 0177.0.0.1, 0x7f.1) are judged by the address they resolve to.
 */
export async function resolveGuardedHost(
  input: string,
  options: { resolve?: HostResolver; allowPrivateHosts?: boolean } = {},
): Promise<GuardedHost> {
  const host = input
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
  if (!host) throw new OutboundHostError("dns", input, "The host is empty");
  if (isMetadataHostName(host)) throw refusal(host, host, "metadata");
  const allowPrivate = options.allowPrivateHosts ?? env.OUTBOUND_ALLOW_PRIVATE_HOSTS;
  let found: LookupAddress[];
  if (isIP(host)) found = [{ address: host, family: familyOf(host) }];
  else {
    try {
      found = await (options.resolve ?? systemResolver)(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "no answer";
      throw new OutboundHostError("dns", host, `${host} could not be resolved (${code})`);
    }
  }
  if (found.length === 0)
    throw new OutboundHostError("dns", host, `${host} could not be resolved (no address)`);
  const addresses = found.map((a) => {
    const kind = classifyAddress(a.address);
    // An answer that is no IP address at all is not something to connect to.
    if (kind === null) throw new OutboundHostError("dns", host, `${host} resolved to no IP address`);
    if (kind !== "public" && !isAllowedClass(kind, allowPrivate)) throw refusal(host, a.address, kind);
    return { address: a.address, family: familyOf(a.address) };
  });
  const [first] = addresses;
  if (!first) throw new OutboundHostError("dns", host, `${host} could not be resolved (no address)`);
  return { host, address: first.address, family: first.family, addresses };
}
