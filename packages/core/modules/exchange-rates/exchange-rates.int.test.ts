import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "../../platform/context";
import { runOperation } from "../../platform/operations/run-operation";
import { addTestMember, createTestOrg } from "../../test/factories";
import { useTestDatabase } from "../../test/test-database";
import { getDashboardSummary } from "../dashboard/get-dashboard-summary";
import { createDeal } from "../deals/create-deal";
import { getPipelineBoard } from "../deals/get-board";
import { listPipelines } from "../deals/list-pipelines";
import { deleteExchangeRate } from "./delete-exchange-rate";
import { getCurrentRates } from "./get-current-rates";
import { importEcbRates } from "./import-ecb-rates";
import { exchangeRateOperations } from "./operations";
import type { CreateExchangeRateInput, ListExchangeRatesInput, UpdateExchangeRateInput } from "./schemas";

useTestDatabase();

// Through the operations, as the API and the settings screen call them: the input is parsed at the edge.
const createExchangeRate = (ctx: Ctx, input: CreateExchangeRateInput) =>
  runOperation(exchangeRateOperations.create, ctx, input);
const updateExchangeRate = (ctx: Ctx, id: string, patch: UpdateExchangeRateInput) =>
  runOperation(exchangeRateOperations.update, ctx, { id, patch });
const listExchangeRates = (ctx: Ctx, input: ListExchangeRatesInput = {}) =>
  runOperation(exchangeRateOperations.list, ctx, input);

const codeOf = (error: unknown) => (error as { code?: string }).code;
const failure = (promise: Promise<unknown>) => promise.then(() => "resolved", codeOf);
const fixture = readFileSync(new URL("./fixtures/eurofxref-daily.xml", import.meta.url), "utf8");

// A local stand-in for www.ecb.europa.eu (there is no internet here): the real fetch code path
// against a real HTTP server serving the same XML, a 503, and one that never answers.
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/eurofxref-daily.xml") {
      response.writeHead(200, { "content-type": "text/xml" });
      response.end(fixture);
    } else if (request.url === "/down") {
      response.writeHead(503);
      response.end("Service unavailable");
    } else if (request.url === "/slow") {
      // Never answers: the import must give up at its timeout.
    } else {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html><body>Not the rates</body></html>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("exchange rates", () => {
  it("admins add, edit and delete rates; everyone reads them; other orgs see none", async () => {
    const org = await createTestOrg("Rates");
    const other = await createTestOrg("Other");
    const manager = await addTestMember(org.orgId, "manager");
    const readonly = await addTestMember(org.orgId, "readonly");

    const eur = await createExchangeRate(org.ctx, { currency: "eur", rate: "1.08", validFrom: "2026-01-01" });
    expect(eur).toMatchObject({ currency: "EUR", baseCurrency: "USD", rate: 1.08, validFrom: "2026-01-01" });
    await createExchangeRate(org.ctx, { currency: "EUR", rate: 1.1, validFrom: "2026-06-01" });
    await createExchangeRate(org.ctx, { currency: "GBP", rate: 1.25, validFrom: "2026-01-01" });

    await expect(failure(createExchangeRate(manager.ctx, { currency: "JPY", rate: 0.0067 }))).resolves.toBe(
      "forbidden",
    );
    await expect(failure(createExchangeRate(org.ctx, { currency: "USD", rate: 1 }))).resolves.toBe(
      "unprocessable",
    );
    await expect(
      failure(createExchangeRate(org.ctx, { currency: "EUR", rate: 2, validFrom: "2026-01-01" })),
    ).resolves.toBe("conflict");
    // Invalid input is a 422 naming the field.
    await expect(createExchangeRate(org.ctx, { currency: "EUR", rate: -1 })).rejects.toMatchObject({
      code: "unprocessable",
      fieldErrors: { rate: [expect.any(String)] },
    });

    const listed = await listExchangeRates(readonly.ctx);
    expect(listed.data.map((r) => [r.currency, r.validFrom])).toEqual([
      ["EUR", "2026-06-01"],
      ["EUR", "2026-01-01"],
      ["GBP", "2026-01-01"],
    ]);
    // Keyset pages cover the same rows.
    const first = await listExchangeRates(org.ctx, { limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listExchangeRates(org.ctx, { limit: 2, cursor: first.nextCursor ?? "" });
    expect([...first.data, ...second.data].map((r) => r.id)).toEqual(listed.data.map((r) => r.id));
    expect(second.nextCursor).toBeNull();

    // The rate valid today is the latest one that has started.
    expect((await getCurrentRates(readonly.ctx)).rates).toEqual({ EUR: 1.1, GBP: 1.25 });

    const edited = await updateExchangeRate(org.ctx, eur.id, { rate: 1.05 });
    expect(edited.rate).toBe(1.05);
    await expect(failure(updateExchangeRate(manager.ctx, eur.id, { rate: 2 }))).resolves.toBe("forbidden");
    await expect(failure(updateExchangeRate(other.ctx, eur.id, { rate: 2 }))).resolves.toBe("not_found");
    await expect(failure(deleteExchangeRate(other.ctx, eur.id))).resolves.toBe("not_found");
    expect((await listExchangeRates(other.ctx)).data).toEqual([]);

    await deleteExchangeRate(org.ctx, eur.id);
    expect((await listExchangeRates(org.ctx, { currency: "EUR" })).data).toHaveLength(1);
  });

  it("imports the ECB daily file through the real fetch path, crossing rates to the org's currency", async () => {
    const org = await createTestOrg("Ecb");
    const result = await importEcbRates(org.ctx, { url: `${base}/eurofxref-daily.xml` });
    expect(result).toEqual({ date: "2026-12-04", baseCurrency: "USD", imported: 30 });
    const eur = await listExchangeRates(org.ctx, { currency: "EUR" });
    expect(eur.data).toMatchObject([{ rate: 1.08, validFrom: "2026-12-04", source: "ecb" }]);
    // Importing the same day again updates, never duplicates.
    await importEcbRates(org.ctx, { url: `${base}/eurofxref-daily.xml` });
    expect((await listExchangeRates(org.ctx, { limit: 200 })).data).toHaveLength(30);

    const manager = await addTestMember(org.orgId, "manager");
    await expect(failure(importEcbRates(manager.ctx, { url: `${base}/eurofxref-daily.xml` }))).resolves.toBe(
      "forbidden",
    );
    await expect(importEcbRates(org.ctx, { url: `${base}/down` })).rejects.toThrow(/HTTP 503/);
    await expect(importEcbRates(org.ctx, { url: `${base}/other` })).rejects.toThrow(/not the ECB/);
    await expect(importEcbRates(org.ctx, { url: `${base}/slow`, timeoutMs: 300 })).rejects.toThrow(
      /did not arrive/,
    );
    await expect(importEcbRates(org.ctx, { url: "http://127.0.0.1:1/x", timeoutMs: 2000 })).rejects.toThrow(
      /could not be fetched/,
    );
    // Over the API the address is the ECB's: a caller-given one is refused, naming it.
    await expect(
      runOperation(exchangeRateOperations.importEcb, org.ctx, { url: `${base}/eurofxref-daily.xml` }),
    ).rejects.toMatchObject({ code: "unprocessable" });
  });

  it("board and dashboard add up every currency in the org's currency; one without a rate stays apart", async () => {
    // Bug: a USD org's board showed three totals per stage and added up nothing.
    const org = await createTestOrg("Board money");
    const [sales] = await listPipelines(org.ctx);
    const qualified = sales?.stages.find((s) => s.name === "Qualified");
    if (!sales || !qualified) throw new Error("no default pipeline");
    await createDeal(org.ctx, { title: "U", value: 100_00, currency: "USD", stageId: qualified.id });
    await createDeal(org.ctx, { title: "E", value: 200_00, currency: "EUR", stageId: qualified.id });
    await createDeal(org.ctx, { title: "J", value: 30_000, currency: "JPY", stageId: qualified.id });
    await createDeal(org.ctx, { title: "G", value: 10_00, currency: "GBP", stageId: qualified.id });
    await createExchangeRate(org.ctx, { currency: "EUR", rate: 1.1, validFrom: "2020-01-01" });
    await createExchangeRate(org.ctx, { currency: "JPY", rate: 0.0065, validFrom: "2020-01-01" });
    // Not valid yet: not applied.
    await createExchangeRate(org.ctx, { currency: "GBP", rate: 1.3, validFrom: "2999-01-01" });

    const board = await getPipelineBoard(org.ctx, sales.id);
    expect(board.rates).toEqual({ EUR: 1.1, JPY: 0.0065 });
    const column = board.stages.find((s) => s.id === qualified.id);
    expect(column?.totals).toHaveLength(4);
    // 100 + 220 + 195 USD; 25 % weighted per currency: 25 + 55 + 48.75 (¥7,500 → $48.75)
    expect(column?.converted).toEqual({
      currency: "USD",
      value: 515_00,
      weightedValue: 128_75,
      unconverted: [{ currency: "GBP", value: 10_00, weightedValue: 2_50 }],
    });

    const summary = await getDashboardSummary(org.ctx);
    expect(summary.myOpenDeals.converted.value).toBe(515_00);
    expect(summary.myOpenDeals.converted.unconverted.map((u) => u.currency)).toEqual(["GBP"]);
    expect(summary.pipeline?.stages.find((s) => s.id === qualified.id)?.converted.value).toBe(515_00);
  });
});
