import { send } from "./sweep-client";

/** An org's record id per path resource (`deals`, `stages`, …) as the route files name them. */
export type SweepIds = Record<string, string | undefined>;

/**
 * One record of every kind a route's path can name, made over the API with an admin key, so the
 * sweep can aim at real records of its own org and of the other.
 */
export async function createSweepRecords(baseURL: string, key: string): Promise<SweepIds> {
  const api = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const answer = await send(baseURL, {
      method,
      path,
      key,
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    if (answer.status >= 300) throw new Error(`${method} ${path} → ${answer.status}: ${answer.body}`);
    return (JSON.parse(answer.body) as { data: Record<string, unknown> }).data;
  };
  const id = (record: Record<string, unknown>) => String(record.id);

  const companies = id(await api("POST", "/api/v1/companies", { name: "Sweep company" }));
  const contacts = id(await api("POST", "/api/v1/contacts", { firstName: "Sweep", companyId: companies }));
  const leads = id(await api("POST", "/api/v1/leads", { name: "Sweep lead" }));
  const deals = id(await api("POST", "/api/v1/deals", { title: "Sweep deal", value: 100 }));
  const tasks = id(await api("POST", "/api/v1/tasks", { title: "Sweep task" }));
  const activities = id(
    await api("POST", "/api/v1/activities", { type: "note", body: "Sweep note", contactId: contacts }),
  );
  const customFields = id(
    await api("POST", "/api/v1/custom-fields", { object: "contacts", label: "Sweep tier", type: "text" }),
  );
  const views = id(await api("POST", "/api/v1/views", { object: "contacts", name: "Sweep view", state: {} }));
  const pipelines = (await api("GET", "/api/v1/pipelines")) as unknown as {
    id: string;
    stages: { id: string }[];
  }[];
  const pipeline = pipelines[0];
  const upload = new FormData();
  upload.set("object", "contacts");
  upload.set("draft", "true");
  upload.set("file", new Blob(["First name,Email\nIda,ida@sweep.test\n"]), "sweep.csv");
  const imports = id(await api("POST", "/api/v1/imports", upload));
  // A merge to undo, and a contact that can still be merged.
  const merged = id(await api("POST", "/api/v1/contacts", { firstName: "Merged" }));
  const mergeable = id(await api("POST", "/api/v1/contacts", { firstName: "Mergeable" }));
  const survivor = id(await api("POST", "/api/v1/contacts", { firstName: "Survivor" }));
  const merge = await api("POST", "/api/v1/contacts/merge", { survivorId: survivor, mergedIds: [merged] });
  return {
    companies,
    contacts,
    leads,
    deals,
    tasks,
    activities,
    "custom-fields": customFields,
    views,
    pipelines: pipeline?.id,
    stages: pipeline?.stages[0]?.id,
    imports,
    merges: String(merge.mergeId),
    mergeable,
  };
}
