/** A member as owner pickers and columns show them. */
export type MemberOption = { userId: string; name: string };
