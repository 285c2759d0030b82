// Every operation in the registry has its permission tested here: the allowed role passes (and the
// answer has the declared output shape), every role without the permission gets 403, and a caller
// of another organization gets 404 for this organization's records. An operation bound to a route
// without a case here fails the first test, so none can ship unchecked.
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import type { AnyOperation } from "../../platform/operations/define-operation";
import { runOperation } from "../../platform/operations/run-operation";
import { spoolUpload } from "../../platform/operations/uploaded-file";
import { can } from "../../platform/permissions";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { activityOperations } from "../activities/operations";
import { companyOperations } from "../companies/operations";
import { contactOperations } from "../contacts/operations";
import { customFieldOperations } from "../custom-fields/operations";
import { listPipelines } from "../deals/list-pipelines";
import { dealOperations } from "../deals/operations";
import { pipelineOperations } from "../deals/pipeline-operations";
import { mergeOperations } from "../duplicates/merge-operations";
import { exchangeRateOperations } from "../exchange-rates/operations";
import { createImport } from "../imports/create-import";
import { leadOperations } from "../leads/operations";
import { ROLES, type Role } from "../orgs/roles";
import { EXPORT_OBJECTS } from "../records/record-type-info";
import { createTask } from "../tasks/create-task";
import { taskOperations } from "../tasks/operations";
import { viewOperations } from "../views/operations";
import { webhookCases } from "../webhooks/webhook-permission-cases";
import { operations } from "./operation-registry";

useTestDatabase();

/** What a case builds its input from: an organization with a member of each role. */
type Fixture = { org: Record<Role, Ctx>; other: Ctx };
type Case = {
  /** A fresh input for one call (writes may consume what it names, so each call builds its own). */
  input: (f: Fixture) => Promise<Record<string, unknown>>;
  /** The input names records of `org`, so the other organization's caller must get 404. */
  crossOrg?: boolean;
  /**
   * The allowed call may still fail after the permission check, with this code: the ECB import fetches
   * from the internet, which tests may not have (it passes the check either way).
   */
  mayFailWith?: string;
  /** The least role that may run it with this input (default: the permission decides; a rep may act only on its own records). */
  as?: Role;
};

const contact = async (f: Fixture) =>
  runOperation(contactOperations.create, f.org.admin, { firstName: "Ada", lastName: "Lovelace" });

const pipeline = async (f: Fixture) =>
  runOperation(pipelineOperations.create, f.org.admin, { name: "Renewals" });
const stageOf = async (f: Fixture) => {
  const { id, stages } = await pipeline(f);
  if (!stages[0]) throw new Error("a new pipeline has stages");
  return { id, stageId: stages[0].id };
};
const pipelineCases = (): Record<string, Case> => ({
  "pipelines.list": { input: async () => ({}) },
  "pipelines.get": { input: async (f) => ({ id: (await pipeline(f)).id }), crossOrg: true },
  "pipelines.create": { input: async () => ({ name: "Partners" }) },
  "pipelines.update": {
    input: async (f) => ({ id: (await pipeline(f)).id, patch: { name: "Renamed" } }),
    crossOrg: true,
  },
  "pipelines.delete": { input: async (f) => ({ id: (await pipeline(f)).id }), crossOrg: true },
  "pipelines.board": { input: async (f) => ({ id: (await pipeline(f)).id, ownerId: "" }), crossOrg: true },
  "pipelines.addStage": {
    input: async (f) => ({ id: (await pipeline(f)).id, stage: { name: "Demo" } }),
    crossOrg: true,
  },
  "pipelines.reorderStages": {
    input: async (f) => {
      const { id, stages } = await pipeline(f);
      return { id, stageIds: stages.map((stage) => stage.id).reverse() };
    },
    crossOrg: true,
  },
  "pipelines.updateStage": {
    input: async (f) => ({ ...(await stageOf(f)), patch: { probability: 30 } }),
    crossOrg: true,
  },
  "pipelines.deleteStage": { input: async (f) => stageOf(f), crossOrg: true },
});

const company = async (f: Fixture) => runOperation(companyOperations.create, f.org.admin, { name: "Acme" });
const companyCases = (): Record<string, Case> => ({
  "companies.list": { input: async () => ({ q: "Acme" }) },
  "companies.get": {
    input: async (f) => ({ id: (await company(f)).id, include: "timeline" }),
    crossOrg: true,
  },
  "companies.create": { input: async () => ({ name: "Initech", website: "initech.example" }) },
  "companies.update": {
    input: async (f) => ({ id: (await company(f)).id, patch: { industry: "Tools" } }),
    crossOrg: true,
    as: "manager",
  },
  "companies.delete": { input: async (f) => ({ id: (await company(f)).id }), crossOrg: true, as: "manager" },
});

const lead = async (f: Fixture) =>
  runOperation(leadOperations.create, f.org.admin, { name: "Jane Doe", companyName: "Globex" });
const leadCases = (): Record<string, Case> => ({
  "leads.list": { input: async () => ({ status: "new" }) },
  "leads.get": { input: async (f) => ({ id: (await lead(f)).id }), crossOrg: true },
  "leads.create": { input: async () => ({ name: "Max Mustermann", email: "Max@Example.com" }) },
  "leads.update": {
    input: async (f) => ({ id: (await lead(f)).id, patch: { status: "working" } }),
    crossOrg: true,
    as: "manager",
  },
  "leads.delete": { input: async (f) => ({ id: (await lead(f)).id }), crossOrg: true, as: "manager" },
  "leads.convert": { input: async (f) => ({ id: (await lead(f)).id }), crossOrg: true, as: "manager" },
});

const view = async (f: Fixture) =>
  runOperation(viewOperations.create, f.org.readonly, { object: "contacts", name: "Mine", state: {} });
const viewCases = (): Record<string, Case> => ({
  "views.list": { input: async () => ({ object: "contacts" }) },
  "views.create": { input: async () => ({ object: "deals", name: "Big deals", state: { sort: "-value" } }) },
  "views.update": {
    input: async (f) => ({ id: (await view(f)).id, patch: { name: "Renamed" } }),
    crossOrg: true,
  },
  "views.delete": { input: async (f) => ({ id: (await view(f)).id }), crossOrg: true },
});

const share = async (f: Fixture) => ({
  object: "contacts",
  recordId: (await contact(f)).id,
  userId: f.org.rep.userId,
});
const shareCases = (): Record<string, Case> => ({
  "shares.list": {
    input: async (f) => ({ object: "contacts", recordId: (await contact(f)).id }),
    crossOrg: true,
  },
  // A rep shares only own records: a manager shares any.
  "shares.create": { input: share, crossOrg: true, as: "manager" },
  "shares.delete": { input: share, crossOrg: true, as: "manager" },
});

// Each field its own label (its key comes from it), so the cases never collide with one another.
let fieldNo = 0;
const customField = async (f: Fixture) =>
  runOperation(customFieldOperations.create, f.org.admin, {
    object: "contacts",
    label: `Tier ${++fieldNo}`,
    type: "text",
  });
const customFieldCases = (): Record<string, Case> => ({
  "customFields.list": { input: async () => ({ object: "contacts" }) },
  "customFields.create": {
    input: async () => ({ object: "deals", label: `Region ${++fieldNo}`, type: "text" }),
  },
  "customFields.update": {
    input: async (f) => ({ id: (await customField(f)).id, patch: { label: "Level" } }),
    crossOrg: true,
  },
  "customFields.delete": { input: async (f) => ({ id: (await customField(f)).id }), crossOrg: true },
});

const notificationCases = (): Record<string, Case> => ({
  "notifications.list": { input: async () => ({ limit: "5", unreadOnly: "true" }) },
  "notifications.markRead": { input: async () => ({ all: true }) },
});

const deal = async (f: Fixture) =>
  runOperation(dealOperations.create, f.org.admin, { title: "Renewal", value: 100_00 });
/** A stage of the org's first pipeline, where new deals start. */
const secondStage = async (f: Fixture) => {
  const stage = (await listPipelines(f.org.admin))[0]?.stages[1];
  if (!stage) throw new Error("the org's first pipeline has stages");
  return stage.id;
};
const dealCases = (): Record<string, Case> => ({
  "deals.list": { input: async () => ({ "value[gte]": "1" }) },
  "deals.get": { input: async (f) => ({ id: (await deal(f)).id, include: "timeline" }), crossOrg: true },
  "deals.create": { input: async () => ({ title: "Expansion", value: 5_00, currency: "eur" }) },
  "deals.update": {
    input: async (f) => ({ id: (await deal(f)).id, patch: { probability: 50 } }),
    crossOrg: true,
    as: "manager",
  },
  "deals.delete": { input: async (f) => ({ id: (await deal(f)).id }), crossOrg: true, as: "manager" },
  "deals.moveStage": {
    input: async (f) => ({ id: (await deal(f)).id, stageId: await secondStage(f) }),
    crossOrg: true,
    as: "manager",
  },
  "deals.markWon": { input: async (f) => ({ id: (await deal(f)).id }), crossOrg: true, as: "manager" },
  "deals.markLost": {
    input: async (f) => ({ id: (await deal(f)).id, lostReason: "Budget" }),
    crossOrg: true,
    as: "manager",
  },
});

// Each rate its own currency and day, so the cases never collide with one another.
let rateDay = 0;
const rateInput = () => ({
  currency: "EUR",
  rate: 1.08,
  validFrom: `2020-01-${String(++rateDay).padStart(2, "0")}`,
});
const rate = async (f: Fixture) => runOperation(exchangeRateOperations.create, f.org.admin, rateInput());
const exchangeRateCases = (): Record<string, Case> => ({
  "exchangeRates.list": { input: async () => ({ currency: "EUR", limit: "10" }) },
  "exchangeRates.get": { input: async (f) => ({ id: (await rate(f)).id }), crossOrg: true },
  "exchangeRates.create": { input: async () => rateInput() },
  "exchangeRates.update": {
    input: async (f) => ({ id: (await rate(f)).id, patch: { rate: "1.1" } }),
    crossOrg: true,
  },
  "exchangeRates.delete": { input: async (f) => ({ id: (await rate(f)).id }), crossOrg: true },
  "exchangeRates.importEcb": { input: async () => ({ timeoutMs: 100 }), mayFailWith: "unprocessable" },
});

const duplicateCases = (): Record<string, Case> => ({
  "duplicates.list": { input: async () => ({ object: "contacts", minScore: "0" }) },
  // A rep sees only own and shared contacts: a manager sees the admin's.
  "duplicates.dismiss": {
    input: async (f) => ({ object: "contacts", recordIds: [(await contact(f)).id, (await contact(f)).id] }),
    crossOrg: true,
    as: "manager",
  },
});

const searchCases = (): Record<string, Case> => ({
  "search.query": { input: async () => ({ q: "Lovelace", types: "contacts,companies", limit: "3" }) },
});

const dashboardCases = (): Record<string, Case> => ({
  "dashboard.summary": { input: async () => ({}) },
  "account.me": { input: async () => ({}) },
});

const peopleCsv = () => Readable.from([Buffer.from("First Name,Email\nAda,ada@example.com\n")]);
// Without a queue in tests the import runs at once: it is completed when created.
const csvImport = async (f: Fixture) =>
  createImport(f.org.admin, { object: "contacts", fileName: "people.csv", file: peopleCsv() });
const importCases = (): Record<string, Case> => ({
  "imports.create": {
    input: async () => ({
      object: "contacts",
      file: { fileName: "people.csv", spooledPath: await spoolUpload(peopleCsv(), 1024 * 1024) },
      draft: "true",
    }),
  },
  "imports.list": { input: async () => ({}) },
  // Admins and managers see every import; others their own. The importer or an admin rolls one back.
  "imports.get": { input: async (f) => ({ id: (await csvImport(f)).id }), crossOrg: true, as: "manager" },
  "imports.errorsCsv": {
    input: async (f) => ({ id: (await csvImport(f)).id }),
    crossOrg: true,
    as: "manager",
  },
  "imports.rollback": { input: async (f) => ({ id: (await csvImport(f)).id }), crossOrg: true, as: "admin" },
});

const activity = async (f: Fixture) =>
  runOperation(activityOperations.create, f.org.admin, {
    type: "call",
    subject: "Intro call",
    contactId: (await contact(f)).id,
  });
const activityCases = (): Record<string, Case> => ({
  "activities.list": { input: async () => ({ type: "call" }) },
  "activities.get": { input: async (f) => ({ id: (await activity(f)).id }), crossOrg: true },
  "activities.create": {
    input: async (f) => ({ type: "note", body: "<p>Met</p>", contactId: (await contact(f)).id }),
    as: "manager",
  },
  "activities.update": {
    input: async (f) => ({ id: (await activity(f)).id, patch: { callOutcome: "busy" } }),
    crossOrg: true,
    as: "manager",
  },
  "activities.delete": {
    input: async (f) => ({ id: (await activity(f)).id }),
    crossOrg: true,
    as: "manager",
  },
  "timeline.list": {
    input: async (f) => ({ contactId: (await activity(f)).contactId, types: "call,note", limit: "10" }),
    crossOrg: true,
  },
});

const task = async (f: Fixture) => runOperation(taskOperations.create, f.org.admin, { title: "Send offer" });
const taskCases = (): Record<string, Case> => ({
  "tasks.list": { input: async () => ({ status: "open", sort: "dueAt" }) },
  "tasks.get": { input: async (f) => ({ id: (await task(f)).id }), crossOrg: true },
  "tasks.create": { input: async () => ({ title: "Call back", dueAt: "2030-01-01T09:00:00Z" }) },
  "tasks.update": {
    input: async (f) => ({ id: (await task(f)).id, patch: { priority: "high" } }),
    crossOrg: true,
    as: "manager",
  },
  "tasks.delete": { input: async (f) => ({ id: (await task(f)).id }), crossOrg: true, as: "manager" },
  "tasks.complete": { input: async (f) => ({ id: (await task(f)).id }), crossOrg: true, as: "manager" },
  "myDay.get": { input: async () => ({}) },
});

/** Two records of the kind, the first the survivor (the admin's: a rep may not merge them). */
const mergeInput = async (f: Fixture, kind: "contacts" | "companies") => {
  const make = () =>
    kind === "contacts"
      ? runOperation(contactOperations.create, f.org.admin, { firstName: "Ann", lastName: "Lee" })
      : runOperation(companyOperations.create, f.org.admin, { name: "Lee & Co" });
  const [survivor, merged] = [await make(), await make()];
  return { survivorId: survivor.id, mergedIds: [merged.id] };
};
const mergeCases = (): Record<string, Case> => ({
  "contacts.exportVCard": { input: async (f) => ({ id: (await contact(f)).id }), crossOrg: true },
  "contacts.merge": { input: async (f) => mergeInput(f, "contacts"), crossOrg: true, as: "manager" },
  "companies.merge": { input: async (f) => mergeInput(f, "companies"), crossOrg: true, as: "manager" },
  "merges.undo": {
    input: async (f) => ({
      id: (await runOperation(mergeOperations.contacts, f.org.admin, await mergeInput(f, "contacts")))
        .mergeId,
    }),
    crossOrg: true,
    as: "manager",
  },
});

const exportCases = (): Record<string, Case> => ({
  ...Object.fromEntries(
    EXPORT_OBJECTS.map((object) => [
      `${object}.export`,
      { input: async () => ({ format: "csv", q: "Ada" }) },
    ]),
  ),
  "exports.organization": { input: async () => ({}) },
});

const cases: Record<string, Case> = {
  "contacts.list": { input: async () => ({ q: "Ada" }) },
  "contacts.get": {
    input: async (f) => ({ id: (await contact(f)).id, include: "timeline" }),
    crossOrg: true,
  },
  "contacts.create": { input: async () => ({ firstName: "Grace" }) },
  "contacts.update": {
    input: async (f) => ({ id: (await contact(f)).id, patch: { title: "CTO" } }),
    crossOrg: true,
    as: "manager",
  },
  "contacts.delete": { input: async (f) => ({ id: (await contact(f)).id }), crossOrg: true, as: "manager" },
  ...exportCases(),
  // Public over REST (no caller); declared like any other for MCP and the assistant.
  "api.openapi": { input: async () => ({}) },
  ...importCases(),
  ...dashboardCases(),
  ...searchCases(),
  ...duplicateCases(),
  // Bulk changes answer per id: another org's caller gets a 404 for each id, not for the call.
  "contacts.bulk": { input: async (f) => ({ action: "addTag", ids: [(await contact(f)).id], tag: "vip" }) },
  "companies.bulk": {
    input: async (f) => ({ action: "update", ids: [(await company(f)).id], patch: { industry: "Retail" } }),
  },
  "leads.bulk": { input: async (f) => ({ action: "removeTag", ids: [(await lead(f)).id], tag: "cold" }) },
  "deals.bulk": { input: async (f) => ({ action: "delete", ids: [(await deal(f)).id] }) },
  "tasks.bulk": {
    input: async (f) => ({
      action: "addTag",
      ids: [(await createTask(f.org.admin, { title: "Call back" })).id],
      tag: "urgent",
    }),
  },
  ...exchangeRateCases(),
  ...notificationCases(),
  ...customFieldCases(),
  ...shareCases(),
  ...viewCases(),
  ...companyCases(),
  ...leadCases(),
  ...dealCases(),
  ...activityCases(),
  ...taskCases(),
  ...mergeCases(),
  ...pipelineCases(),
  ...webhookCases(),
  "reports.run": {
    input: async () => ({
      object: "deals",
      measure: { fn: "sum", field: "value" },
      groupBy: ["stageId", "createdAt:month"],
    }),
  },
  "reports.funnel": { input: async () => ({ filters: { "value[gte]": 100 } }) },
};

const rank: Role[] = ["readonly", "rep", "manager", "admin"];
const allowedRole = (op: AnyOperation, c: Case): Role =>
  c.as ?? rank.find((role) => can({ role }, op.permission)) ?? "admin";
const deniedRoles = (op: AnyOperation): Role[] => rank.filter((role) => !can({ role }, op.permission));

async function failure(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("operation permissions", () => {
  const f = {} as Fixture;
  beforeAll(async () => {
    const org = await createTestOrg("Operations");
    const other = await createTestOrg("Other operations");
    f.org = { admin: org.ctx } as Record<Role, Ctx>;
    for (const role of ROLES.filter((r) => r !== "admin"))
      f.org[role] = (await addTestMember(org.orgId, role)).ctx;
    f.other = other.ctx;
  });

  it("every operation has a case, and every case an operation", () => {
    expect(Object.keys(cases).sort()).toEqual([...operations.keys()].sort());
  });

  for (const [name, c] of Object.entries(cases)) {
    describe(name, () => {
      const op = () => operations.get(name) as AnyOperation;

      it("the allowed role gets the declared output", async () => {
        const call = runOperation(op(), f.org[allowedRole(op(), c)], await c.input(f));
        const output = c.mayFailWith
          ? await call.catch((error: unknown) => {
              expect(error).toMatchObject({ code: c.mayFailWith });
              return undefined;
            })
          : await call;
        if (c.mayFailWith && output === undefined) return;
        const parsed = op().output.safeParse(output ?? null);
        expect(parsed.error?.issues ?? []).toEqual([]);
      });

      it("a role without the permission gets 403", async () => {
        for (const role of deniedRoles(op())) {
          expect((await failure(runOperation(op(), f.org[role], await c.input(f)))).code).toBe("forbidden");
        }
        // A read every role may do is still refused to nobody: the permission is declared, not absent.
        expect(op().permission).toMatch(/^[a-zA-Z]+:[a-zA-Z]+$/);
      });

      if (c.crossOrg) {
        it("another organization's caller gets 404", async () => {
          expect((await failure(runOperation(op(), f.other, await c.input(f)))).code).toBe("not_found");
        });
      }
    });
  }
});
