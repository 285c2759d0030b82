/** How settings pages show a point in time: in the organization's time zone, so every member sees the same. */
export const dateTimeOptions = (timeZone: string) =>
  ({ dateStyle: "medium", timeStyle: "short", timeZone }) as const;

export const dateOptions = (timeZone: string) => ({ dateStyle: "medium", timeZone }) as const;

/** Last 8 hex digits of a UUID: ids are UUIDv7, whose leading digits are the (shared) timestamp. */
export const shortId = (id: string) => id.slice(-8);
