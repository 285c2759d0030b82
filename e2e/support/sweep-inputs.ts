// Hostile input the sweep sends: what an outside sweep found the server answering with 500 (issue 13)
// and its neighbours. Names are generic on purpose: each goes to every route, so a parameter a new
// route adds is met by the same values.

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const SOME_UUID = "0190a000-0000-7000-8000-000000000000";

/** Path ids that name no record: never a 2xx, never a 5xx. */
export const BAD_IDS = [
  "not-a-uuid",
  "1",
  "constructor",
  "__proto__",
  "\u0000",
  "0190a000-0000-7000-8000-00000000000g",
  "' OR 1=1--",
  "x".repeat(300),
  "00000000-0000-0000-0000-000000000000",
  "4f1c2b6e-8d3a-4b7e-9c1d-2e3f4a5b6c7d",
];

const CURSORS = [
  "!!!",
  b64({ v: "x", id: "not-a-uuid" }),
  b64({ v: { a: 1 }, id: SOME_UUID }),
  b64({ v: 1e300, id: SOME_UUID }),
  b64({ v: "yesterday", id: SOME_UUID }),
  b64({ v: "+275760-09-13T00:00:00.000Z", id: SOME_UUID }),
  b64({ v: "0", id: SOME_UUID }),
  b64({ v: 1.5, id: SOME_UUID }),
  b64({ v: "a\u0000", id: SOME_UUID }),
  b64({ v: "a\ud800", id: SOME_UUID }),
  b64({ v: null, id: SOME_UUID }),
  b64({ v: true, id: SOME_UUID }),
  b64([1, 2]),
];

/** One query parameter at a time, each on every GET (and DELETE) route. */
export const HOSTILE_QUERIES: [string, string][] = [
  ...CURSORS.map((cursor): [string, string] => ["cursor", cursor]),
  ["limit", "-1"],
  ["limit", "1e9"],
  ["limit", "abc"],
  ["limit", "1.5"],
  ["sort", "constructor"],
  ["sort", "-__proto__"],
  ["sort", "cf.\u0000"],
  ["q", "\u0000"],
  ["q", "x".repeat(5000)],
  ["q", "%_\\'\""],
  ["trash", "\u0000"],
  ["constructor", "x"],
  ["toString", "x"],
  ["__proto__", "x"],
  ["hasOwnProperty", "x"],
  ["valueOf[gte]", "1"],
  ["cf.constructor", "x"],
  ["cf.__proto__[gte]", "1"],
  ["\u0000", "x"],
  ["expectedCloseDate", "0"],
  ["expectedCloseDate[gte]", "0000-01-01"],
  ["dueAt[gte]", "+275760-09-13"],
  ["dueAt", "0"],
  ["createdAt[lte]", "99999-01-01"],
  ["updatedAt", "2026-02-30"],
  ["occurredAt[gte]", "-000001-01-01"],
  ["leadScore", "1.5"],
  ["leadScore", "99999999999"],
  ["value[gte]", "1e300"],
  ["value", "NaN"],
  ["probability[lte]", "-1e309"],
  ["annualRevenue", "0x10"],
  ["email", "a\u0000b"],
  ["name", "\u0000"],
  ["tag", "\u0000"],
  ["tag", ",,,"],
  ["ownerId", "not-a-uuid"],
  ["companyId", "\u0000"],
  ["contactId", "constructor"],
  ["dealId", "1"],
  ["recordId", "x"],
  ["object", "constructor"],
  ["object", "\u0000"],
  ["types", "constructor,\u0000"],
  ["include", "constructor"],
  ["format", "__proto__"],
  ["columns", "constructor,\u0000"],
  ["org", "\u0000"],
  ["unreadOnly", "maybe"],
  ["closeFrom", "0"],
  ["closeTo", "+275760-09-13"],
  ["minValue", "1e300"],
  ["maxValue", "-1"],
  ["moveDealsToStageId", "not-a-uuid"],
  ["cf.sweep_tier", "\u0000"],
  ["cf.sweep_tier[gte]", "1e300"],
];

/** A cursor is decoded against the sort it continues: each sort with cursors of the wrong kind. */
export const HOSTILE_SORTED_CURSORS: Record<string, string>[] = [
  "leadScore",
  "-value",
  "probability",
  "annualRevenue",
  "expectedCloseDate",
  "-dueAt",
  "createdAt",
  "updatedAt",
  "occurredAt",
  "name",
  "firstName",
  "title",
  "status",
  "cf.sweep_tier",
].flatMap((sort) =>
  [
    b64({ v: "yesterday", id: SOME_UUID }),
    b64({ v: 1e300, id: SOME_UUID }),
    b64({ v: 1.5, id: SOME_UUID }),
    b64({ v: "a\u0000", id: SOME_UUID }),
    b64({ v: "a\udc00", id: SOME_UUID }),
    b64({ v: null, id: SOME_UUID }),
    b64({ v: true, id: SOME_UUID }),
  ].map((cursor) => ({ sort, cursor })),
);

const NUL = "\u0000";
// JSON.stringify writes a lone surrogate as the escape `\ud800`, which PostgreSQL's json refuses.
const LONE = "\ud800";
const deep = (depth: number): unknown => (depth === 0 ? "x" : { a: deep(depth - 1) });

/** Bodies for every write: none may be a 5xx, and an error must be problem+json. */
export const HOSTILE_BODIES: [string, string][] = [
  ["not JSON", "{"],
  ["empty", ""],
  ["null", "null"],
  ["array", "[]"],
  ["string", '"x"'],
  ["number", "1e999"],
  ["prototype keys", '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"toString":1}'],
  ["deep", JSON.stringify(deep(2000))],
  [
    "U+0000 everywhere",
    JSON.stringify({
      name: NUL,
      firstName: NUL,
      lastName: NUL,
      title: NUL,
      email: `a${NUL}@b.test`,
      label: NUL,
      subject: NUL,
      body: NUL,
      lostReason: NUL,
      tags: [NUL],
      custom: { [NUL]: "x", tier: NUL },
      state: { filters: { [NUL]: NUL }, columns: [NUL] },
    }),
  ],
  [
    "lone UTF-16 surrogates everywhere",
    JSON.stringify({
      name: `x${LONE}y`,
      firstName: LONE,
      lastName: "\udc00",
      title: LONE,
      label: LONE,
      subject: LONE,
      body: LONE,
      lostReason: LONE,
      tags: [LONE],
      address: { street: `x${LONE}y` },
      phones: [{ label: LONE, number: "+44 20 7946 0000" }],
      custom: { [LONE]: "x", tier: LONE },
      state: { filters: { q: LONE, [LONE]: "x" }, columns: [LONE], sort: LONE },
    }),
  ],
  [
    "dates PostgreSQL refuses",
    JSON.stringify({
      expectedCloseDate: "0000-01-01",
      actualCloseDate: "+275760-09-13",
      dueAt: "0000-01-01T00:00:00Z",
      occurredAt: "+275760-09-13T00:00:00.000Z",
    }),
  ],
  [
    "numbers out of range",
    JSON.stringify({
      value: 1e300,
      probability: 1.5,
      leadScore: 1e300,
      annualRevenue: -1,
      position: 1e300,
      limit: -1,
    }),
  ],
  [
    "ids that are not ids",
    JSON.stringify({
      companyId: "x",
      primaryContactId: NUL,
      contactIds: ["constructor"],
      stageId: "nope",
      pipelineId: "__proto__",
      ownerId: 1,
      ids: ["x"],
      recordIds: ["x", "y"],
      recordId: "x",
      userId: "x",
      survivorId: "x",
      mergedIds: ["x"],
      stageIds: ["x"],
      object: "constructor",
    }),
  ],
  ["a 3 MB string", JSON.stringify({ name: "x".repeat(3 * 1024 * 1024) })],
];

/** Past the 1 MB cap on JSON bodies: every write answers 413 without buffering it. */
export const OVERSIZED_BODY = JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) });
