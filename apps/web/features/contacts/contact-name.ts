/** "Ada Lovelace"; a contact may have no last name. */
export const contactName = (c: { firstName: string; lastName: string }): string =>
  [c.firstName, c.lastName].filter(Boolean).join(" ");
