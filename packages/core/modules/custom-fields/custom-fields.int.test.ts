import { describe, expect, it } from "vitest";
import type { Ctx } from "../../platform/context";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { createContact } from "../contacts/create-contact";
import { deleteContact } from "../contacts/delete-contact";
import { getContactOrThrow } from "../contacts/get-contact";
import { listContacts } from "../contacts/list-contacts";
import { createTask } from "../tasks/create-task";
import { getTaskOrThrow } from "../tasks/get-task";
import { deleteCustomField } from "./delete-custom-field";
import { listCustomFields } from "./list-custom-fields";
import { customFieldOperations } from "./operations";
import type { CreateCustomFieldInput, UpdateCustomFieldInput } from "./schemas";

useTestDatabase();

// Through the operations, as the API and the settings screen call them: the input is parsed at the edge.
const createCustomField = (ctx: Ctx, input: CreateCustomFieldInput) =>
  runOperation(customFieldOperations.create, ctx, input);
const updateCustomField = (ctx: Ctx, id: string, patch: UpdateCustomFieldInput) =>
  runOperation(customFieldOperations.update, ctx, { id, patch });

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);

describe("custom fields", () => {
  it("deleting a field strips its values from that object's records only, trash included", async () => {
    const org = await createTestOrg("Strip");
    const tier = await createCustomField(org.ctx, {
      object: "contacts",
      label: "Tier",
      type: "select",
      options: ["gold", "silver"],
    });
    await createCustomField(org.ctx, { object: "contacts", label: "Seats", type: "number" });
    await createCustomField(org.ctx, { object: "tasks", label: "Tier", type: "text" });
    const gold = await createContact(org.ctx, { firstName: "G", custom: { tier: "gold", seats: 5 } });
    const trashed = await createContact(org.ctx, { firstName: "T", custom: { tier: "silver" } });
    await deleteContact(org.ctx, trashed.id);
    const task = await createTask(org.ctx, { title: "Keep", custom: { tier: "kept" } });

    expect(await deleteCustomField(org.ctx, tier.id)).toBe(2);
    expect((await getContactOrThrow(org.ctx, gold.id)).custom).toEqual({ seats: 5 });
    const trash = await listContacts(org.ctx, { trash: true });
    expect(trash.data[0]?.custom).toEqual({});
    expect((await getTaskOrThrow(org.ctx, task.id)).custom).toEqual({ tier: "kept" });
    const remaining = await listCustomFields(org.ctx, { object: "contacts" });
    expect(remaining.map((f) => f.key)).toEqual(["seats"]);
    // The key is free again and a filter on it is now unknown.
    await expect(failure(listContacts(org.ctx, {}, { "cf.tier": "gold" }))).resolves.toBe("unprocessable");
  });

  it("only admins change definitions; everyone reads them; other orgs' fields are 404", async () => {
    const org = await createTestOrg("Admin");
    const other = await createTestOrg("Other");
    const manager = await addTestMember(org.orgId, "manager");
    const rep = await addTestMember(org.orgId, "rep");
    const field = await createCustomField(org.ctx, {
      object: "deals",
      label: "Source",
      type: "select",
      options: ["web"],
    });
    await createCustomField(org.ctx, { object: "contacts", label: "Birthday", type: "date" });

    await expect(failure(updateCustomField(manager.ctx, field.id, { label: "x" }))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(deleteCustomField(rep.ctx, field.id))).resolves.toBe("forbidden");
    await expect(failure(deleteCustomField(other.ctx, field.id))).resolves.toBe("not_found");
    await expect(failure(updateCustomField(org.ctx, field.id, { options: [] }))).resolves.toBe(
      "unprocessable",
    );

    const updated = await updateCustomField(org.ctx, field.id, {
      label: "Lead source",
      options: ["web", "event", "web"],
      required: true,
      position: 3,
    });
    expect(updated).toMatchObject({
      key: "source",
      label: "Lead source",
      options: ["web", "event"],
      required: true,
    });
    const all = await listCustomFields(rep.ctx);
    expect(all.map((f) => [f.object, f.label])).toEqual([
      ["contacts", "Birthday"],
      ["deals", "Lead source"],
    ]);
    expect(await listCustomFields(other.ctx)).toEqual([]);
  });

  // Regression (issue 13, item 7): `PATCH /custom-fields/{id}` with no known field was a 500
  // ("No values to set") instead of a 422.
  it("a change naming no known field is a 422, and the field stays as it was", async () => {
    const org = await createTestOrg("Empty change");
    const field = await createCustomField(org.ctx, { object: "contacts", label: "Tier", type: "text" });
    await expect(failure(updateCustomField(org.ctx, field.id, {}))).resolves.toBe("unprocessable");
    await expect(failure(updateCustomField(org.ctx, field.id, { color: "red" } as never))).resolves.toBe(
      "unprocessable",
    );
    expect((await listCustomFields(org.ctx)).map((f) => f.label)).toEqual(["Tier"]);
  });
});
