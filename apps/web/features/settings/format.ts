/** How settings pages show a point in time: in the organization's time zone, so every member sees the same. */
export const dateTimeOptions = (timeZone: string) =>
  ({ dateStyle: "medium", timeStyle: "short", timeZone }) as const;

export const dateOptions = (timeZone: string) => ({ dateStyle: "medium", timeZone }) as const;

/** First block of a UUID: enough to tell ids apart in a table. */
export const shortId = (id: string) => id.slice(0, 8);
