// Through the real queue: a write queues a dispatch job (after its transaction, even on PGlite's one
// connection), and the worker delivers the message without anyone calling the dispatcher.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, it } from "vitest";
import { startJobs, stopJobs } from "../../platform/jobs";
import { runOperation } from "../../platform/operations/run-operation";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { contactOperations } from "../contacts/operations";
import { dispatchWebhooks } from "./deliver-webhooks";
import { webhookOperations } from "./operations";
import { WEBHOOK_DISPATCH_JOB } from "./webhook-dispatch-job";

const db = useTestDatabase();
afterAll(() => stopJobs());

it("a created contact reaches the receiver through the job queue", async () => {
  const bodies: string[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      bodies.push(body);
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await startJobs(
      db.handle,
      { [WEBHOOK_DISPATCH_JOB]: async () => void (await dispatchWebhooks()) },
      { work: true },
    );
    const org = await createTestOrg("Queued hooks");
    await runOperation(webhookOperations.create, org.ctx, {
      url: `http://127.0.0.1:${port}/hook`,
      events: ["contact.created"],
    });
    const contact = await runOperation(contactOperations.create, org.ctx, { firstName: "Queued" });
    const deadline = Date.now() + 20_000;
    while (bodies.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(bodies.map((body) => JSON.parse(body).data.id)).toEqual([contact.id]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
