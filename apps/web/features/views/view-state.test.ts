import { describe, expect, it } from "vitest";
import { queryFromState, showsView, stateFromUrl } from "./view-state";

const keys = ["ownerId", "leadStatus", "tag"];

describe("view state", () => {
  it("keeps the list's filters, search, sort and columns, and drops the cursor and unknown keys", () => {
    const params = new URLSearchParams(
      "leadStatus=new&q=ada&sort=-updatedAt&cols=name,email&cursor=abc&evil=1",
    );
    expect(stateFromUrl(params, keys)).toEqual({
      filters: { leadStatus: "new", q: "ada" },
      sort: "-updatedAt",
      columns: ["name", "email"],
    });
  });

  it("turns a saved state back into the same query, whatever the order", () => {
    const state = {
      filters: { q: "ada", leadStatus: "new" },
      sort: "-updatedAt",
      columns: ["name", "email"],
    };
    expect(queryFromState(state)).toBe("leadStatus=new&q=ada&sort=-updatedAt&cols=name%2Cemail");
    expect(
      showsView(new URLSearchParams("q=ada&sort=-updatedAt&leadStatus=new&cols=name,email"), keys, state),
    ).toBe(true);
    expect(showsView(new URLSearchParams("q=ada"), keys, state)).toBe(false);
    expect(queryFromState({ filters: "nonsense" })).toBe("");
  });
});
