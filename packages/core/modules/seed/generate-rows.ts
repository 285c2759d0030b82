import type { activities } from "../activities/tables";
import type { companies } from "../companies/tables";
import { contactName } from "../contacts/contact-name";
import type { contacts } from "../contacts/tables";
import type { deals, Stage } from "../deals/tables";
import type { leads } from "../leads/tables";
import { LEAD_STATUSES, type LeadStage, SIZE_BANDS } from "../records/enums";
import type { tasks } from "../tasks/tables";
import { type Pools, pickLocale, slugPart } from "./pools";
import { int, pick, type Rng, some, uuidv7At, weighted } from "./random";
import type { Slots, TextPools } from "./text-templates";

// Row generators: each call consumes the PRNG in a fixed order, so a seed reproduces every row.

export type CompanyRow = typeof companies.$inferInsert;
export type ContactRow = typeof contacts.$inferInsert;
export type DealRow = typeof deals.$inferInsert;
export type ActivityRow = typeof activities.$inferInsert;
export type TaskRow = typeof tasks.$inferInsert;
export type LeadRow = typeof leads.$inferInsert;

const DAY = 86_400_000;
const TWO_YEARS = 730 * DAY;
const TAGS = [
  "vip",
  "newsletter",
  "partner",
  "trade-show",
  "enterprise",
  "smb",
  "churn-risk",
  "decision-maker",
];
const SOURCES = ["website", "referral", "event", "cold call", "linkedin", "partner", "import", "webinar"];
/** Where leads come from, most often first (the leads list filters on these). */
const LEAD_SOURCES = [
  ["website", 30],
  ["webinar", 15],
  ["event", 15],
  ["referral", 12],
  ["linkedin", 12],
  ["cold call", 8],
  ["partner", 8],
] as const;
const LEAD_STAGE_WEIGHTS: readonly (readonly [LeadStage, number])[] = [
  ["new", 35],
  ["working", 30],
  ["qualified", 15],
  ["disqualified", 12],
  ["converted", 8],
];
const SEATS = ["5", "10", "15", "20", "25", "40", "50", "100"];
const PERCENTS = ["5", "8", "10", "12", "15"];
const INDUSTRIES = ["Software", "Manufacturing", "Retail", "Healthcare", "Finance", "Logistics", "Education"];
const FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "web.de", "gmx.de", "orange.fr", "icloud.com"];
const TLD: Record<string, string> = { US: "com", DE: "de", GB: "co.uk", FR: "fr", ES: "es" };
export const CURRENCIES = ["USD", "EUR", "GBP"];

/** What the generator keeps about earlier rows to link later ones (compact: millions of rows). */
export type SeedState = {
  orgId: string;
  /** Random bits of ids only: seeded from the org too, so two orgs seeded alike never share an id. */
  idRng: Rng;
  ownerIds: string[];
  /** First names of the owners, for the sender of outbound mail. */
  ownerNames: string[];
  now: number;
  /** The org's language's template pools for timeline text, task titles, products and lost reasons. */
  text: TextPools;
  stageNames: string[];
  currency: string;
  companyIds: string[];
  companyNames: string[];
  companyDomains: string[];
  companyCountry: string[];
  companyOwner: Uint16Array;
  contactIds: string[];
  contactNames: string[];
  contactFirst: string[];
  /** Company index + 1 (0 = none). */
  contactCompany: Int32Array;
  contactOwner: Uint16Array;
  dealIds: string[];
  dealContact: Int32Array;
  dealOwner: Uint16Array;
  /** Index into the stages, and into the text pools' products. */
  dealStage: Uint8Array;
  dealProduct: Uint16Array;
};

const times = (rng: Rng, now: number) => {
  const created = now - Math.floor(rng() * TWO_YEARS);
  const updated = created + Math.floor(rng() * (now - created));
  return { createdAt: new Date(created), updatedAt: new Date(updated) };
};

export function companyRow(rng: Rng, pools: Pools, s: SeedState, i: number): CompanyRow {
  const locale = pickLocale(rng, pools);
  const round = Math.floor(i / pools.companyNames.length);
  const city = pick(rng, locale.cities);
  const name = `${pools.companyNames[i % pools.companyNames.length]}${round > 0 ? ` ${city}` : ""}`;
  const word = slugPart(pools.domainWords[i % pools.domainWords.length] ?? "company");
  const domain = `${word}${round > 0 ? round : ""}.${TLD[locale.country] ?? "com"}`;
  const owner = int(rng, 0, s.ownerIds.length - 1);
  const t = times(rng, s.now);
  const id = uuidv7At(t.createdAt.getTime(), s.idRng);
  s.companyIds[i] = id;
  s.companyNames[i] = name;
  s.companyDomains[i] = domain;
  s.companyCountry[i] = locale.country;
  s.companyOwner[i] = owner;
  return {
    id,
    orgId: s.orgId,
    ownerId: s.ownerIds[owner],
    createdBy: s.ownerIds[owner],
    ...t,
    tags: some(rng, TAGS, 2),
    name,
    domain,
    website: `https://www.${domain}`,
    industry: pick(rng, INDUSTRIES),
    sizeBand: pick(rng, SIZE_BANDS),
    annualRevenue: int(rng, 1, 5000) * 100_000_00,
    annualRevenueCurrency: pick(rng, CURRENCIES),
    phone: pick(rng, locale.phones),
    address: { city, country: locale.country },
  };
}

export function contactRow(rng: Rng, pools: Pools, s: SeedState, i: number): ContactRow {
  const locale = pickLocale(rng, pools);
  const firstName = pick(rng, locale.firstNames);
  const lastName = pick(rng, locale.lastNames);
  const companyIndex = s.companyIds.length > 0 && rng() < 0.85 ? int(rng, 0, s.companyIds.length - 1) : -1;
  const local = `${slugPart(firstName)}.${slugPart(lastName)}`;
  const email =
    companyIndex >= 0 ? `${local}@${s.companyDomains[companyIndex]}` : `${local}${i}@${pick(rng, FREE_MAIL)}`;
  const owner =
    companyIndex >= 0 && rng() < 0.7
      ? (s.companyOwner[companyIndex] ?? 0)
      : int(rng, 0, s.ownerIds.length - 1);
  const phones = [{ label: "work", number: pick(rng, locale.phones) }];
  if (rng() < 0.3) phones.push({ label: "mobile", number: pick(rng, locale.phones) });
  const t = times(rng, s.now);
  const id = uuidv7At(t.createdAt.getTime(), s.idRng);
  s.contactIds[i] = id;
  s.contactNames[i] = contactName({ firstName, lastName });
  s.contactFirst[i] = firstName;
  s.contactCompany[i] = companyIndex + 1;
  s.contactOwner[i] = owner;
  return {
    id,
    orgId: s.orgId,
    ownerId: s.ownerIds[owner],
    createdBy: s.ownerIds[owner],
    ...t,
    tags: some(rng, TAGS, 3),
    firstName,
    lastName,
    email,
    emails: rng() < 0.1 ? [`${local}@${pick(rng, FREE_MAIL)}`] : [],
    phones,
    title: rng() < 0.9 ? pick(rng, pools.titles) : null,
    companyId: companyIndex >= 0 ? s.companyIds[companyIndex] : null,
    leadStatus: weighted(rng, [
      [LEAD_STATUSES[0], 35],
      [LEAD_STATUSES[1], 30],
      [LEAD_STATUSES[2], 20],
      [LEAD_STATUSES[3], 15],
    ]),
    leadScore: int(rng, 0, 100),
    source: pick(rng, SOURCES),
    doNotContact: rng() < 0.02,
  };
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function dealRow(rng: Rng, _pools: Pools, s: SeedState, stages: Stage[], i: number): DealRow {
  const contact = int(rng, 0, s.contactIds.length - 1);
  const companyIndex = (s.contactCompany[contact] ?? 0) - 1;
  // More deals early in the funnel, a realistic share won and lost.
  const stageIndex = weighted(
    rng,
    stages.map(
      (st, index) =>
        [index, st.kind === "won" ? 12 : st.kind === "lost" ? 18 : 30 - st.position * 4] as const,
    ),
  );
  const stage = stages[stageIndex] as Stage;
  const t = times(rng, s.now);
  const closed = stage.kind !== "open";
  const expected = t.createdAt.getTime() + int(rng, 14, 180) * DAY;
  const owner = s.contactOwner[contact] ?? 0;
  const id = uuidv7At(t.createdAt.getTime(), s.idRng);
  s.dealIds[i] = id;
  s.dealContact[i] = contact;
  s.dealOwner[i] = owner;
  s.dealStage[i] = stageIndex;
  const product = int(rng, 0, s.text.products.length - 1);
  s.dealProduct[i] = product;
  const who = companyIndex >= 0 ? s.companyNames[companyIndex] : s.contactNames[contact];
  return {
    id,
    orgId: s.orgId,
    ownerId: s.ownerIds[owner],
    createdBy: s.ownerIds[owner],
    ...t,
    tags: some(rng, TAGS, 1),
    title: `${who} – ${s.text.products[product]}`,
    value: int(rng, 10, 2000) * 100_00,
    currency: rng() < 0.8 ? s.currency : pick(rng, CURRENCIES),
    pipelineId: stage.pipelineId,
    stageId: stage.id,
    probability: stage.probability,
    expectedCloseDate: isoDate(expected),
    actualCloseDate: closed ? isoDate(t.updatedAt.getTime()) : null,
    outcome: stage.kind === "won" ? "won" : stage.kind === "lost" ? "lost" : null,
    lostReason: stage.kind === "lost" ? pick(rng, s.text.lostReasons) : null,
    primaryContactId: s.contactIds[contact],
    companyId: companyIndex >= 0 ? s.companyIds[companyIndex] : null,
    stageChangedAt: t.updatedAt,
  };
}

/** One slots object, refilled for every row (the templates read it at once): no allocation per row. */
const slots: Slots = {
  first: "",
  name: "",
  company: "",
  product: "",
  stage: "",
  owner: "",
  day: "",
  seats: "",
  percent: "",
};

/**
 * The slots of a timeline text, from the contact, their company, the deal (or a likely product) and
 * the owner; weekday, seats and discount come from one random draw.
 */
function slotsFor(rng: Rng, s: SeedState, contact: number, deal: number, owner: number): Slots {
  const companyIndex = (s.contactCompany[contact] ?? 0) - 1;
  const text = s.text;
  const r = rng();
  slots.first = s.contactFirst[contact] ?? "";
  slots.name = s.contactNames[contact] ?? "";
  slots.company = (companyIndex >= 0 ? s.companyNames[companyIndex] : undefined) ?? text.noCompany;
  slots.product =
    text.products[deal >= 0 ? (s.dealProduct[deal] ?? 0) : Math.floor(r * text.products.length)] ?? "";
  slots.stage = s.stageNames[deal >= 0 ? (s.dealStage[deal] ?? 0) : 0] ?? "";
  slots.owner = s.ownerNames[owner] ?? "";
  slots.day = text.days[Math.floor(r * 997) % text.days.length] ?? "";
  slots.seats = SEATS[Math.floor(r * 7919) % SEATS.length] ?? "";
  slots.percent = PERCENTS[Math.floor(r * 104_729) % PERCENTS.length] ?? "";
  return slots;
}

export function activityRow(rng: Rng, _pools: Pools, s: SeedState): ActivityRow {
  const onDeal = s.dealIds.length > 0 && rng() < 0.25;
  const deal = onDeal ? int(rng, 0, s.dealIds.length - 1) : -1;
  const contact = deal >= 0 ? (s.dealContact[deal] ?? 0) : int(rng, 0, s.contactIds.length - 1);
  const companyIndex = (s.contactCompany[contact] ?? 0) - 1;
  const type = weighted(rng, [
    ["note", 30],
    ["call", 30],
    ["email", 25],
    ["meeting", 15],
  ] as const);
  const occurredAt = new Date(s.now - Math.floor(rng() * TWO_YEARS));
  const owner = s.contactOwner[contact] ?? 0;
  const direction = type === "call" || type === "email" ? (rng() < 0.5 ? "inbound" : "outbound") : null;
  const slots = slotsFor(rng, s, contact, deal, owner);
  const t = s.text;
  let subject = "";
  let body: string;
  if (type === "note") body = `<p>${pick(rng, t.notes)(slots)}</p>`;
  else if (type === "call") {
    subject = pick(rng, t.callSubjects)(slots);
    body = `<p>${pick(rng, t.callSummaries)(slots)}</p>`;
  } else if (type === "meeting") {
    subject = pick(rng, t.meetingSubjects)(slots);
    body = `<p>${pick(rng, t.meetingNotes)(slots)}</p>`;
  } else if (direction === "outbound") {
    subject = pick(rng, t.outboundSubjects)(slots);
    body = `<p>${pick(rng, t.greetings)(slots)}</p><p>${pick(rng, t.outboundBodies)(slots)}</p><p>${pick(rng, t.signoffs)(slots)}</p>`;
  } else {
    subject = pick(rng, t.inboundSubjects)(slots);
    body = `<p>${pick(rng, t.inboundGreetings)(slots)}</p><p>${pick(rng, t.inboundBodies)(slots)}</p><p>${pick(rng, t.inboundSignoffs)(slots)}</p>`;
  }
  return {
    id: uuidv7At(occurredAt.getTime(), s.idRng),
    orgId: s.orgId,
    ownerId: s.ownerIds[owner],
    createdBy: s.ownerIds[owner],
    createdAt: occurredAt,
    updatedAt: occurredAt,
    type,
    subject,
    body,
    direction,
    durationMinutes:
      type === "call" ? int(rng, 1, 45) : type === "meeting" ? pick(rng, [15, 30, 45, 60]) : null,
    occurredAt,
    contactId: s.contactIds[contact],
    companyId: companyIndex >= 0 ? s.companyIds[companyIndex] : null,
    dealId: deal >= 0 ? s.dealIds[deal] : null,
  };
}

/**
 * A lead: a person from the locale pools at a company not (yet) in the CRM, with a source and a
 * status; a converted lead points at a generated contact and its company.
 */
export function leadRow(rng: Rng, pools: Pools, s: SeedState): LeadRow {
  const locale = pickLocale(rng, pools);
  const firstName = pick(rng, locale.firstNames);
  const lastName = pick(rng, locale.lastNames);
  const companyName = rng() < 0.85 ? pick(rng, pools.companyNames) : null;
  // At the company's own domain ("Kutch, Murray and Lind" → kutch.com), else a free mail address.
  const domain = companyName
    ? `${slugPart(companyName.split(/[\s,]+/)[0] ?? "") || "company"}.${TLD[locale.country] ?? "com"}`
    : pick(rng, FREE_MAIL);
  const status = weighted(rng, LEAD_STAGE_WEIGHTS);
  const owner = int(rng, 0, s.ownerIds.length - 1);
  const t = times(rng, s.now);
  const converted =
    status === "converted" && s.contactIds.length > 0 ? int(rng, 0, s.contactIds.length - 1) : -1;
  const convertedCompany = converted >= 0 ? (s.contactCompany[converted] ?? 0) - 1 : -1;
  return {
    id: uuidv7At(t.createdAt.getTime(), s.idRng),
    orgId: s.orgId,
    ownerId: s.ownerIds[owner],
    createdBy: s.ownerIds[owner],
    ...t,
    tags: some(rng, TAGS, 1),
    // A lead's name as the contact it may become will show it.
    name: contactName({ firstName, lastName }),
    email: rng() < 0.9 ? `${slugPart(firstName)}.${slugPart(lastName)}@${domain}` : null,
    phone: rng() < 0.6 ? pick(rng, locale.phones) : null,
    companyName,
    source: weighted(rng, LEAD_SOURCES),
    status: converted >= 0 || status !== "converted" ? status : "new",
    convertedContactId: converted >= 0 ? s.contactIds[converted] : null,
    convertedCompanyId: convertedCompany >= 0 ? s.companyIds[convertedCompany] : null,
    convertedAt: converted >= 0 ? t.updatedAt : null,
  };
}

export function taskRow(rng: Rng, s: SeedState): TaskRow {
  const contact = int(rng, 0, s.contactIds.length - 1);
  const owner = s.contactOwner[contact] ?? 0;
  const title = pick(rng, s.text.taskTitles)(slotsFor(rng, s, contact, -1, owner));
  const dueAt = new Date(s.now + int(rng, -30, 30) * DAY + int(rng, 8, 17) * 3_600_000);
  const createdAt = new Date(dueAt.getTime() - int(rng, 1, 30) * DAY);
  const status = weighted(rng, [
    ["open", 55],
    ["in_progress", 15],
    ["done", 25],
    ["cancelled", 5],
  ] as const);
  return {
    id: uuidv7At(createdAt.getTime(), s.idRng),
    orgId: s.orgId,
    ownerId: s.ownerIds[owner],
    createdBy: s.ownerIds[owner],
    createdAt,
    updatedAt: createdAt,
    title,
    dueAt,
    priority: weighted(rng, [
      ["low", 20],
      ["normal", 60],
      ["high", 20],
    ] as const),
    status,
    completedAt: status === "done" ? dueAt : null,
    // Past-due reminders count as sent, as the reminder job would have done.
    reminderSentAt: dueAt.getTime() < s.now ? dueAt : null,
    contactId: s.contactIds[contact],
  };
}
