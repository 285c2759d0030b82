// Regression: the merge page and the audit log showed stored values ("unqualified",
// "customField.create", "custom_field") instead of words in the reader's language.
import { describe, expect, it } from "vitest";
import de from "../../messages/de/enums.json";
import en from "../../messages/en/enums.json";
import { auditActionLabel, auditEntityLabel, enumLabel } from "./enum-labels";

type Tree = { [key: string]: string | Tree };

/** A translator over one locale's `enums` messages, as next-intl builds it. */
function translator(messages: Tree) {
  const find = (key: string) =>
    key
      .split(".")
      .reduce<string | Tree | undefined>(
        (node, part) => (typeof node === "object" ? node[part] : undefined),
        messages,
      );
  const t = (key: string, values: Record<string, string> = {}) => {
    const message = find(key);
    if (typeof message !== "string") throw new Error(`missing ${key}`);
    return message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
  };
  t.has = (key: string) => typeof find(key) === "string";
  return t;
}

describe("enum labels", () => {
  const t = translator(en);
  const tde = translator(de);

  it("labels lead statuses, sources, roles and call outcomes in both languages", () => {
    expect(enumLabel(t, "leadStatus", "unqualified")).toBe("Unqualified");
    expect(enumLabel(tde, "leadStatus", "unqualified")).toBe("Nicht qualifiziert");
    expect(enumLabel(t, "source", "webinar")).toBe("Webinar");
    expect(enumLabel(t, "role", "rep")).toBe("Sales rep");
    expect(enumLabel(tde, "callOutcome", "left_voicemail")).toBe("Auf Mailbox gesprochen");
  });

  it("shows a value it has no label for as stored, and nothing for no value", () => {
    expect(enumLabel(t, "source", "Trade fair 2026")).toBe("Trade fair 2026");
    expect(enumLabel(t, "source", null)).toBe("");
  });

  it("turns audit actions and entity types into words", () => {
    expect(auditActionLabel(t, "customField.create", "custom_field")).toBe("Custom field created");
    expect(auditActionLabel(tde, "deal.delete", "deal")).toBe("Deal in den Papierkorb verschoben");
    expect(auditActionLabel(t, "record.share", "deal")).toBe("Deal shared");
    expect(auditActionLabel(t, "org.update", "organization")).toBe("Organization changed");
    expect(auditActionLabel(t, "apiKey.revoke", "api_key")).toBe("API key revoked");
    expect(auditActionLabel(t, "something.new", "x")).toBe("something.new");
    expect(auditEntityLabel(t, "custom_field")).toBe("Custom field");
    expect(auditEntityLabel(t, "companie")).toBe("Company");
  });
});
