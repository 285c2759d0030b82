import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { withOrg } from "../../db/tenant";
import type { Ctx } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { recordAudit } from "../audit/record-audit";
import { type Company, companies } from "../companies/tables";
import { type Contact, contacts } from "../contacts/tables";
import { type Deal, deals, pipelines, type Stage, stages } from "../deals/tables";
import { orgSettings } from "../orgs/tables";
import { findWritableRecord } from "../records/record-access";
import { logSystemActivity } from "../records/system-activity";
import { visibleRecords } from "../records/visibility";
import { companyDomainOfEmail } from "./email-domain";
import type { ConvertLeadData } from "./schemas";
import { type Lead, leads } from "./tables";

type DealInput = NonNullable<ConvertLeadData["deal"]>;
export type ConvertLeadResult = { contact: Contact; company: Company | null; deal: Deal | null };

const unprocessable = (field: string, message: string) =>
  new AppError("unprocessable", message, { fieldErrors: { [field]: [message] } });

/**
 * Turns a lead into a contact, its company (matched or created) and optionally a deal, all in one
 * transaction: when any part fails, nothing is created and the lead stays unconverted. The input is
 * parsed by `convertLeadSchema` (the operation `leads.convert`).
 */
export async function convertLead(
  ctx: Ctx,
  leadId: string,
  data: ConvertLeadData = {},
): Promise<ConvertLeadResult> {
  const createDeal = data.createDeal ?? data.deal !== undefined;
  return withOrg(ctx, async (tx) => {
    await findWritableRecord<Lead>(tx, ctx, leads, "leads", leadId);
    // Locked, so two conversions at the same time cannot both pass the check below.
    const [lead] = await tx
      .select()
      .from(leads)
      .where(and(eq(leads.orgId, ctx.orgId), eq(leads.id, leadId)))
      .for("update");
    if (!lead) throw new Error("writable lead vanished");
    if (lead.status === "converted") throw new AppError("conflict", "This lead has already been converted");

    const company = await findOrCreateCompany(tx, ctx, lead, data.companyId);
    const contact = await insertContact(tx, ctx, lead, company);
    const deal = createDeal ? await insertDeal(tx, ctx, lead, contact, company, data.deal ?? {}) : null;

    const [after] = await tx
      .update(leads)
      .set({
        status: "converted",
        convertedContactId: contact.id,
        convertedCompanyId: company?.id ?? null,
        convertedDealId: deal?.id ?? null,
        convertedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(leads.id, lead.id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "lead.convert",
      entityType: "lead",
      entityId: lead.id,
      before: lead,
      after,
    });
    await logSystemActivity(tx, ctx, {
      subject: "Converted from lead",
      event: { kind: "lead_converted", leadId: lead.id },
      contactId: contact.id,
      companyId: company?.id ?? null,
      dealId: deal?.id ?? null,
    });
    return { contact, company, deal };
  });
}

/**
 * The company given, else one the caller can see with the lead's work email domain or (case-insensitively)
 * its company name, else a new one when the lead names a company or has a work email domain.
 */
async function findOrCreateCompany(
  tx: Tx,
  ctx: Ctx,
  lead: Lead,
  companyId: string | undefined,
): Promise<Company | null> {
  const visible = visibleRecords(ctx, companies, "companies");
  const findFirst = async (condition: SQL) =>
    (
      await tx
        .select()
        .from(companies)
        .where(and(visible, condition))
        .orderBy(asc(companies.createdAt), asc(companies.id))
        .limit(1)
    )[0];

  if (companyId) {
    const given = await findFirst(eq(companies.id, companyId));
    if (!given) throw unprocessable("companyId", "Not found in this organization");
    return given;
  }
  const domain = companyDomainOfEmail(lead.email);
  const name = lead.companyName?.trim() || null;
  const existing =
    (domain ? await findFirst(eq(companies.domain, domain)) : undefined) ??
    (name ? await findFirst(sql`lower(${companies.name}) = lower(${name})`) : undefined);
  if (existing) return existing;
  const newName = name ?? domain;
  if (!newName) return null;

  const [created] = await tx
    .insert(companies)
    .values({
      id: newId(),
      orgId: ctx.orgId,
      ownerId: lead.ownerId,
      createdBy: ctx.userId,
      name: newName,
      domain,
    })
    .returning();
  if (!created) throw new Error("insert returned no row");
  await recordAudit(tx, ctx, {
    action: "company.create",
    entityType: "company",
    entityId: created.id,
    after: created,
  });
  return created;
}

async function insertContact(tx: Tx, ctx: Ctx, lead: Lead, company: Company | null): Promise<Contact> {
  // "Ludwig van Beethoven" → "Ludwig" + "van Beethoven": the first word is the given name.
  const [firstName = lead.name, ...rest] = lead.name.trim().split(/\s+/);
  const [contact] = await tx
    .insert(contacts)
    .values({
      id: newId(),
      orgId: ctx.orgId,
      ownerId: lead.ownerId,
      createdBy: ctx.userId,
      firstName,
      lastName: rest.join(" "),
      email: lead.email,
      phones: lead.phone ? [{ label: "work", number: lead.phone }] : [],
      companyId: company?.id ?? null,
      source: lead.source,
      tags: lead.tags,
    })
    .returning();
  if (!contact) throw new Error("insert returned no row");
  await recordAudit(tx, ctx, {
    action: "contact.create",
    entityType: "contact",
    entityId: contact.id,
    after: contact,
  });
  return contact;
}

async function insertDeal(
  tx: Tx,
  ctx: Ctx,
  lead: Lead,
  contact: Contact,
  company: Company | null,
  input: DealInput,
): Promise<Deal> {
  const stage = await resolveStage(tx, ctx, input);
  const [settings] = await tx
    .select({ defaultCurrency: orgSettings.defaultCurrency })
    .from(orgSettings)
    .where(eq(orgSettings.orgId, ctx.orgId));
  const [deal] = await tx
    .insert(deals)
    .values({
      id: newId(),
      orgId: ctx.orgId,
      ownerId: lead.ownerId,
      createdBy: ctx.userId,
      title: input.title || `${lead.companyName || lead.name} deal`,
      value: input.value ?? 0,
      currency: input.currency ?? settings?.defaultCurrency ?? "USD",
      pipelineId: stage.pipelineId,
      stageId: stage.id,
      probability: stage.probability,
      primaryContactId: contact.id,
      companyId: company?.id ?? null,
    })
    .returning();
  if (!deal) throw new Error("insert returned no row");
  await recordAudit(tx, ctx, { action: "deal.create", entityType: "deal", entityId: deal.id, after: deal });
  return deal;
}

/** The stage asked for (it must be open), else the first open stage of the given or default pipeline. */
async function resolveStage(tx: Tx, ctx: Ctx, input: DealInput): Promise<Stage> {
  if (input.stageId) {
    const [stage] = await tx
      .select()
      .from(stages)
      .where(and(eq(stages.orgId, ctx.orgId), eq(stages.id, input.stageId)));
    if (!stage) throw unprocessable("stageId", "Not found in this organization");
    if (input.pipelineId && stage.pipelineId !== input.pipelineId) {
      throw unprocessable("stageId", "This stage belongs to another pipeline");
    }
    if (stage.kind !== "open") throw unprocessable("stageId", "Choose an open stage");
    return stage;
  }
  const [pipeline] = await tx
    .select({ id: pipelines.id })
    .from(pipelines)
    .where(
      and(eq(pipelines.orgId, ctx.orgId), input.pipelineId ? eq(pipelines.id, input.pipelineId) : undefined),
    )
    .orderBy(desc(pipelines.isDefault), asc(pipelines.position), asc(pipelines.createdAt))
    .limit(1);
  if (!pipeline) {
    throw unprocessable(
      "pipelineId",
      input.pipelineId ? "Not found in this organization" : "Create a pipeline before converting to a deal",
    );
  }
  const [first] = await tx
    .select()
    .from(stages)
    .where(and(eq(stages.orgId, ctx.orgId), eq(stages.pipelineId, pipeline.id), eq(stages.kind, "open")))
    .orderBy(asc(stages.position), asc(stages.id))
    .limit(1);
  if (!first) throw unprocessable("pipelineId", "This pipeline has no open stage");
  return first;
}
