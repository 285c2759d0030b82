import { OutboundHostError, resolveGuardedHost } from "../../platform/outbound/resolve-guarded-host";

/** Refuses (422 on `url`) a URL whose host the outbound guard would refuse, before it is stored. */
export async function checkWebhookUrl(url: string): Promise<void> {
  try {
    await resolveGuardedHost(new URL(url).hostname);
  } catch (error) {
    if (error instanceof OutboundHostError)
      throw new OutboundHostError(error.reason, error.host, error.message, "url");
    throw error;
  }
}
