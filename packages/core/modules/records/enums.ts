// Value lists of the CRM records, shared by tables, zod schemas and the UI (no database imports).
// In the order the app lists them (its navigation), which screens that offer a choice of them keep.
export const RECORD_OBJECTS = ["contacts", "companies", "leads", "deals", "tasks", "activities"] as const;
export type RecordObject = (typeof RECORD_OBJECTS)[number];

export const SIZE_BANDS = ["1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const LEAD_STATUSES = ["new", "contacted", "qualified", "unqualified"] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const LEAD_STAGES = ["new", "working", "qualified", "disqualified", "converted"] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

export const STAGE_KINDS = ["open", "won", "lost"] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const DEAL_OUTCOMES = ["won", "lost", "abandoned"] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

export const ACTIVITY_TYPES = ["note", "call", "meeting", "email", "system"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const DIRECTIONS = ["inbound", "outbound"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** How a logged call went. */
export const CALL_OUTCOMES = ["connected", "no_answer", "left_voicemail", "busy", "wrong_number"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const TASK_PRIORITIES = ["low", "normal", "high"] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const FIELD_TYPES = [
  "text",
  "number",
  "money",
  "date",
  "select",
  "multiselect",
  "checkbox",
  "url",
  "email",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];
