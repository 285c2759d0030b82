import { listTimeline } from "@crm/core/modules/activities/list-timeline";
import { getContactOrThrow } from "@crm/core/modules/contacts/get-contact";
import { listContacts } from "@crm/core/modules/contacts/list-contacts";
import { getDashboardSummary } from "@crm/core/modules/dashboard/get-dashboard-summary";
import { getPipelineBoard } from "@crm/core/modules/deals/get-board";
import { duplicateOperations } from "@crm/core/modules/duplicates/operations";
import { reportOperations } from "@crm/core/modules/reports/operations";
import { runOperation } from "@crm/core/platform/operations/run-operation";
import type { Fixture } from "./setup";
import type { OpResult } from "./stats";

// What the benchmark measures: each operation as HTTP requests (several run in parallel, as a page
// would) and, for reads, the core service call whose SQL is captured and replayed on the database.

export type HttpRequest = { method: "GET" | "POST" | "PUT"; path: string; body?: unknown };

export type Operation = {
  name: string;
  kind: OpResult["kind"];
  group: OpResult["group"];
  requests: (i: number) => HttpRequest[];
  /** The same work through the core services, for the SQL it runs. */
  service?: () => Promise<unknown>;
  /** Requests per measurement (exports are long). */
  weight?: number;
  note?: string;
  /** Why it cannot run (a feature another issue has not built yet). */
  skipped?: string;
  /** Part of the mixed read workload the concurrency mode sends from N clients at once. */
  mix?: boolean;
};

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function optional<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch {
    return null;
  }
}

export async function buildOperations(f: Fixture): Promise<Operation[]> {
  const ctx = f.ctx;
  const searchModule = await optional(() => import("@crm/core/modules/search/search"));
  const exportModule = await optional(() => import("@crm/core/modules/exports/stream-list-export"));
  const filters = { ownerId: f.ownerId, leadStatus: "qualified", tag: "vip" };
  const searchOp = (name: string, term: string, mix = false): Operation => ({
    name,
    mix,
    kind: "read",
    group: "search",
    requests: () => [{ method: "GET", path: `/api/v1/search?${q({ q: term })}` }],
    service: searchModule ? () => searchModule.search(ctx, { q: term, limit: 5 }) : undefined,
    skipped: searchModule ? undefined : "not built",
    note: term,
  });
  const reportOp = (name: string, definition: Record<string, unknown>): Operation => ({
    name,
    kind: "read",
    group: "report",
    requests: () => [{ method: "POST", path: "/api/v1/reports/run", body: definition }],
    service: () => runOperation(reportOperations.run, ctx, definition),
    note: "POST /api/v1/reports/run",
  });
  const exportQuery = { format: "csv" as const, "updatedAt[gte]": f.exportSince, "updatedAt[lte]": f.exportUntil };
  return [
    {
      name: "contacts list, first page",
      kind: "read",
      mix: true,
      group: "list",
      requests: () => [{ method: "GET", path: "/api/v1/contacts?limit=50&sort=-updatedAt" }],
      service: () => listContacts(ctx, { limit: 50, sort: "-updatedAt" }),
    },
    {
      name: "contacts list, owner+status+tag",
      kind: "read",
      mix: true,
      group: "list",
      requests: () => [{ method: "GET", path: `/api/v1/contacts?${q({ limit: "50", ...filters })}` }],
      service: () => listContacts(ctx, { limit: 50 }, filters),
    },
    {
      name: "contacts list, deep cursor page",
      kind: "read",
      group: "list",
      requests: () => [
        { method: "GET", path: `/api/v1/contacts?${q({ limit: "50", cursor: f.deepCursor })}` },
      ],
      service: () => listContacts(ctx, { limit: 50, cursor: f.deepCursor }),
      note: "middle of the list",
    },
    {
      name: "contact detail + timeline",
      kind: "read",
      mix: true,
      group: "detail",
      requests: () => [{ method: "GET", path: `/api/v1/contacts/${f.contactId}?include=timeline` }],
      service: async () => {
        await getContactOrThrow(ctx, f.contactId);
        await listTimeline(ctx, { contactId: f.contactId });
      },
      note: "?include=timeline",
    },
    searchOp("search, exact email", f.email, true),
    searchOp("search, misspelt name", f.misspeltName, true),
    searchOp("search, company word", f.companyWord),
    {
      name: "pipeline board",
      kind: "read",
      mix: true,
      group: "board",
      requests: () => [{ method: "GET", path: `/api/v1/pipelines/${f.pipelineId}/board` }],
      service: () => getPipelineBoard(ctx, f.pipelineId),
    },
    {
      name: "dashboard",
      kind: "read",
      mix: true,
      group: "dashboard",
      requests: () => [{ method: "GET", path: "/api/v1/dashboard" }],
      service: () => getDashboardSummary(ctx),
      note: "/api/v1/dashboard",
    },
    reportOp("report: won value by month by owner", {
      object: "deals",
      measure: { fn: "sum", field: "value" },
      groupBy: ["actualCloseDate:month", "ownerId"],
      filters: { outcome: "won" },
    }),
    reportOp("report: pipeline by stage", {
      object: "deals",
      measure: { fn: "sum", field: "value" },
      groupBy: ["stageId"],
      filters: { pipelineId: f.pipelineId },
    }),
    {
      name: "duplicates, first page",
      kind: "read",
      group: "duplicates",
      requests: () => [{ method: "GET", path: "/api/v1/duplicates?object=contacts&limit=25" }],
      service: () => runOperation(duplicateOperations.list, ctx, { object: "contacts", limit: 25 }),
      note: "stored pairs, best first",
    },
    {
      name: `export ${f.exportRows} contacts (csv)`,
      kind: "read",
      group: "export",
      weight: 20,
      requests: () => [{ method: "GET", path: `/api/v1/contacts/export?${q(exportQuery)}` }],
      service: exportModule
        ? async () => {
            const download = await exportModule.streamListExport(ctx, "contacts", exportQuery);
            const reader = download.body.getReader();
            while (!(await reader.read()).done) {}
          }
        : undefined,
      skipped: exportModule ? undefined : "not built",
    },
    {
      name: "create contact",
      kind: "write",
      group: "write",
      requests: (i) => [
        {
          method: "POST",
          path: "/api/v1/contacts",
          body: {
            firstName: "Bench",
            lastName: `Contact ${i}`,
            email: `bench-${i}-${Date.now()}@bench.example.com`,
          },
        },
      ],
    },
    {
      name: "move deal stage",
      kind: "write",
      group: "write",
      requests: (i) => {
        const dealId = f.dealIds[i % f.dealIds.length] ?? "";
        const round = Math.floor(i / Math.max(1, f.dealIds.length));
        const stageId = f.openStageIds[round % Math.max(1, f.openStageIds.length)] ?? "";
        return [{ method: "PUT", path: `/api/v1/deals/${dealId}/stage`, body: { stageId } }];
      },
    },
  ];
}
