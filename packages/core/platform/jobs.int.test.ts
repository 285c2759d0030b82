import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "../test/test-database";
import { enqueueJob, startJobs, stopJobs } from "./jobs";

const db = useTestDatabase();
afterEach(() => stopJobs());

const uniqueQueue = (name: string) => `test-${name}-${randomBytes(4).toString("hex")}`;

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobStates(queue: string): Promise<string[]> {
  const { rows } = await db.handle.executeSql(
    "select state from pgboss.job where name = $1 order by created_on",
    [queue],
  );
  return rows.map((r) => String(r.state));
}

describe("job queue", () => {
  it("keeps a job sent before a restart and runs it after", async () => {
    const queue = uniqueQueue("restart");
    const never = async () => {
      throw new Error("a sending-only queue must not run jobs");
    };
    const sender = await startJobs(db.handle, { [queue]: never }, { work: false });
    const jobId = await sender.send(queue, { hello: "world", n: 42 });
    expect(jobId).toEqual(expect.any(String));
    await stopJobs();
    expect(await jobStates(queue)).toEqual(["created"]);

    const received: unknown[] = [];
    await startJobs(db.handle, { [queue]: async (data) => void received.push(data) }, { work: true });
    await waitFor(() => received.length > 0);
    expect(received).toEqual([{ hello: "world", n: 42 }]);
    await waitFor(async () => (await jobStates(queue))[0] === "completed");
  });

  it("runs enqueueJob inline when no queue is started in this process", async () => {
    const queue = uniqueQueue("inline");
    const received: unknown[] = [];
    await enqueueJob(queue, { inline: true }, async (data) => void received.push(data));
    expect(received).toEqual([{ inline: true }]);
  });

  it("queues instead of running inline once a queue is started", async () => {
    const queue = uniqueQueue("queued");
    await startJobs(db.handle, { [queue]: async () => {} }, { work: false });
    const inline: unknown[] = [];
    await enqueueJob(queue, { queued: true }, async (data) => void inline.push(data));
    expect(inline).toEqual([]);
    const { rows } = await db.handle.executeSql("select data, retry_limit from pgboss.job where name = $1", [
      queue,
    ]);
    expect(rows).toEqual([{ data: { queued: true }, retry_limit: 5 }]);
  });
});
