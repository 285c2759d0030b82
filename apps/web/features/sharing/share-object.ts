// The records whose pages offer sharing.
export type ShareObject = "companies" | "contacts" | "leads" | "deals" | "tasks";
