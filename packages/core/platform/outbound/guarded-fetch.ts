import { isIP } from "node:net";
import { Agent, buildConnector, fetch, type RequestInit, type Response } from "undici";
import { type HostResolver, OutboundHostError, resolveGuardedHost } from "./resolve-guarded-host";

export type GuardedFetchOptions = {
  /** Tests resolve names their own way; everything else uses the system resolver. */
  resolve?: HostResolver;
  /** Overrides OUTBOUND_ALLOW_PRIVATE_HOSTS (tests). */
  allowPrivateHosts?: boolean;
  /** The input field a refusal is reported on (422 field errors). */
  field?: string;
};

/**
 * An undici Agent whose every connection (the first request, each redirect hop, each new pooled
 * socket) goes through the guard: the host is resolved and checked in the connector, and the socket
 * is opened to that checked address while TLS keeps the host's name (SNI and certificate check) and
 * the Host header stays the URL's. So no lookup happens after the check, and a redirect to a
 * private address is refused like the first URL.
 */
export function createGuardedAgent(options: GuardedFetchOptions = {}): Agent {
  const connect = buildConnector({ timeout: 10_000 });
  return new Agent({
    connect: (target, callback) => {
      resolveGuardedHost(target.hostname, options).then(
        (checked) =>
          connect(
            {
              ...target,
              hostname: checked.address,
              servername: target.servername || (isIP(checked.host) ? undefined : checked.host),
            },
            callback,
          ),
        (error: Error) => callback(error, null),
      );
    },
  });
}

let sharedAgent: Agent | undefined;

function getSharedAgent(): Agent {
  sharedAgent ??= createGuardedAgent();
  return sharedAgent;
}

const causeOf = (error: unknown): unknown =>
  error instanceof Error && error.cause !== undefined ? error.cause : undefined;

/**
 * `fetch` for URLs a user gave (webhooks, HTTP actions, enrichment sources): http(s) only, and every
 * connection passes the outbound guard (see resolveGuardedHost). A refused or unresolvable host
 * rejects with an OutboundHostError (422) instead of fetch's generic "fetch failed".
 */
export async function guardedFetch(
  input: string | URL,
  init: RequestInit = {},
  options: GuardedFetchOptions = {},
): Promise<Response> {
  const field = options.field ?? "url";
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new OutboundHostError("dns", String(input), "This is not a valid URL", field);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new OutboundHostError("refused", url.hostname, "Only http and https URLs can be fetched", field);
  }
  const custom = options.resolve !== undefined || options.allowPrivateHosts !== undefined;
  const dispatcher = custom ? createGuardedAgent(options) : getSharedAgent();
  try {
    return await fetch(url, { ...init, dispatcher });
  } catch (error) {
    // The guard's refusal surfaces as fetch's TypeError("fetch failed") with the reason as its cause.
    const cause = causeOf(error);
    if (cause instanceof OutboundHostError) {
      throw new OutboundHostError(cause.reason, cause.host, cause.message, field);
    }
    throw error;
  } finally {
    // A one-off agent (tests) closes once its response is complete; the shared one stays pooled.
    if (custom) void dispatcher.close().catch(() => undefined);
  }
}
