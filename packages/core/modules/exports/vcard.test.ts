import { describe, expect, it } from "vitest";
import { buildVCard, escapeVCardText, foldVCardLine, vCardFileName } from "./vcard";

const contact = {
  id: "0190a8f0-0000-7000-8000-000000000001",
  firstName: "Ada",
  lastName: "Lovelace; Byron",
  email: "ada@example.test",
  emails: ["ada@example.test", "countess@example.test"],
  phones: [
    { label: "mobile", number: "+44 20 7946 0000" },
    { label: "work", number: "+44 20 7946 0001" },
  ],
  title: "Analyst, Engines",
  tags: ["vip", "math"],
  updatedAt: new Date("2026-01-02T03:04:05.678Z"),
};

describe("vCard", () => {
  it("escapes backslash, comma, semicolon and newlines", () => {
    expect(escapeVCardText("a\\b,c;d\ne")).toBe("a\\\\b\\,c\\;d\\ne");
  });

  it("writes a 3.0 card with every email once, typed phones, org and title", () => {
    const card = buildVCard(contact, "Analytical Engines, Ltd.");
    expect(card.split("\r\n")).toEqual([
      "BEGIN:VCARD",
      "VERSION:3.0",
      "N:Lovelace\\; Byron;Ada;;;",
      "FN:Ada Lovelace\\; Byron",
      "ORG:Analytical Engines\\, Ltd.",
      "TITLE:Analyst\\, Engines",
      "EMAIL;TYPE=INTERNET,PREF:ada@example.test",
      "EMAIL;TYPE=INTERNET:countess@example.test",
      "TEL;TYPE=CELL:+44 20 7946 0000",
      "TEL;TYPE=WORK:+44 20 7946 0001",
      "CATEGORIES:vip,math",
      "UID:urn:uuid:0190a8f0-0000-7000-8000-000000000001",
      "REV:2026-01-02T03:04:05Z",
      "END:VCARD",
      "",
    ]);
  });

  it("folds long lines at 75 octets without splitting multi-byte characters", () => {
    const line = `NOTE:${"ä".repeat(60)}`;
    const folded = foldVCardLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
  });

  it("names the file after the contact", () => {
    expect(vCardFileName({ firstName: "Zoë", lastName: "O'Neil" })).toBe("zoe-o-neil.vcf");
    expect(vCardFileName({ firstName: "山田", lastName: "" })).toBe("contact.vcf");
  });
});
