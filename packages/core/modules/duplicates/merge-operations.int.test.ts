import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors";
import { runOperation } from "../../platform/operations/run-operation";
import { createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { getCompanyOrThrow } from "../companies/get-company";
import { companyOperations } from "../companies/operations";
import { contactOperations } from "../contacts/operations";
import { mergeOperations } from "./merge-operations";

useTestDatabase();

const invalidFields = (error: unknown) =>
  error instanceof AppError && error.code === "unprocessable"
    ? error.fieldErrors
    : `not a 422: ${String(error)}`;

describe("merge operations", () => {
  it("refuse a record named twice and a field choice that is not one of the records, naming the field", async () => {
    const org = await createTestOrg("Merge input");
    const ada = await runOperation(contactOperations.create, org.ctx, { firstName: "Ada" });
    const twin = await runOperation(contactOperations.create, org.ctx, { firstName: "Ada", lastName: "L" });
    const twice = await runOperation(mergeOperations.contacts, org.ctx, {
      survivorId: ada.id,
      mergedIds: [ada.id],
    }).catch((e: unknown) => e);
    expect(invalidFields(twice)).toEqual({ mergedIds: ["Each record may appear only once"] });
    const stranger = await runOperation(mergeOperations.contacts, org.ctx, {
      survivorId: ada.id,
      mergedIds: [twin.id],
      fields: { lastName: "0190f000-0000-7000-8000-000000000000" },
    }).catch((e: unknown) => e);
    expect(invalidFields(stranger)).toEqual({ "fields.lastName": ["Not one of the merged records"] });
  });

  it("merge companies with the chosen values and undo the merge", async () => {
    const org = await createTestOrg("Merge companies");
    const acme = await runOperation(companyOperations.create, org.ctx, { name: "Acme" });
    const acmeInc = await runOperation(companyOperations.create, org.ctx, {
      name: "Acme Inc",
      industry: "Tools",
    });
    const merged = await runOperation(mergeOperations.companies, org.ctx, {
      survivorId: acme.id,
      mergedIds: [acmeInc.id],
      fields: { name: acmeInc.id },
    });
    expect(merged).toMatchObject({ survivorId: acme.id, mergedIds: [acmeInc.id] });
    expect(await getCompanyOrThrow(org.ctx, acme.id)).toMatchObject({ name: "Acme Inc", industry: "Tools" });
    await expect(getCompanyOrThrow(org.ctx, acmeInc.id)).rejects.toMatchObject({ code: "not_found" });

    const undone = await runOperation(mergeOperations.undo, org.ctx, { id: merged.mergeId });
    expect(undone).toEqual({ survivorId: acme.id, restoredIds: [acmeInc.id] });
    expect(await getCompanyOrThrow(org.ctx, acme.id)).toMatchObject({ name: "Acme", industry: null });
    expect(await getCompanyOrThrow(org.ctx, acmeInc.id)).toMatchObject({ name: "Acme Inc" });
    const again = await runOperation(mergeOperations.undo, org.ctx, { id: merged.mergeId }).catch(
      (e: unknown) => e,
    );
    expect(again).toMatchObject({ code: "conflict" });
  });
});
