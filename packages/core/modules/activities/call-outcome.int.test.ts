// Regression: a logged call could not say how it went (connected, no answer, voicemail, busy,
// wrong number); the outcome is stored on the activity, for calls only.
import { describe, expect, it } from "vitest";
import { runOperation } from "../../platform/operations/run-operation";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { createActivity } from "./create-activity";
import { getActivityOrThrow } from "./get-activity";
import { listTimeline } from "./list-timeline";
import { activityOperations as op } from "./operations";
import { updateActivity } from "./update-activity";

useTestDatabase();

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: unknown) => (error as { code?: string }).code,
  );

describe("activities: call outcome", () => {
  it("stores a call's outcome, changes it, and refuses one on a note", async () => {
    const org = await createTestOrg("Calls");
    const contact = await createContact(org.ctx, { firstName: "Ada" });
    const call = await createActivity(org.ctx, {
      type: "call",
      subject: "Follow-up",
      contactId: contact.id,
      callOutcome: "no_answer",
    });
    expect((await getActivityOrThrow(org.ctx, call.id)).callOutcome).toBe("no_answer");
    const timeline = await listTimeline(org.ctx, { contactId: contact.id });
    expect(timeline.data.find((a) => a.id === call.id)?.callOutcome).toBe("no_answer");

    await updateActivity(org.ctx, call.id, { callOutcome: "left_voicemail" });
    expect((await getActivityOrThrow(org.ctx, call.id)).callOutcome).toBe("left_voicemail");

    await expect(
      failure(
        runOperation(op.create, org.ctx, { type: "call", contactId: contact.id, callOutcome: "maybe" }),
      ),
    ).resolves.toBe("unprocessable");
    await expect(
      failure(
        runOperation(op.create, org.ctx, {
          type: "note",
          body: "x",
          contactId: contact.id,
          callOutcome: "busy",
        }),
      ),
    ).resolves.toBe("unprocessable");
    const note = await createActivity(org.ctx, { type: "note", body: "x", contactId: contact.id });
    await expect(failure(updateActivity(org.ctx, note.id, { callOutcome: "busy" }))).resolves.toBe(
      "unprocessable",
    );
  });
});
