import { describe, expect, it } from "vitest";
import { type DupeSubject, domainKeys, emailKeys, scorePair } from "./score-pair";

const subject = (over: Partial<DupeSubject>): DupeSubject => ({
  name: "",
  emails: [],
  phones: [],
  domains: [],
  companyId: null,
  ...over,
});

describe("scorePair", () => {
  it("scores each reason on its own", () => {
    const email = scorePair(subject({ emails: ["a@x.io"] }), subject({ emails: ["a@x.io"] }), 0, "DE");
    expect(email).toEqual({ score: 95, reasons: [{ kind: "email", value: "a@x.io" }] });
    const domain = scorePair(subject({ domains: ["x.io"] }), subject({ domains: ["x.io"] }), 0, "DE");
    expect(domain).toEqual({ score: 90, reasons: [{ kind: "domain", value: "x.io" }] });
    const phone = scorePair(
      subject({ phones: ["+49 30 1234567"] }),
      subject({ phones: ["030 1234567"] }),
      0,
      "DE",
    );
    // Regression (issue 12.4): a shared phone alone scored 80, above every name match.
    expect(phone).toEqual({ score: 30, reasons: [{ kind: "phone", value: "+49301234567" }] });
    const name = scorePair(subject({}), subject({}), 0.8, "DE");
    expect(name).toEqual({ score: 48, reasons: [{ kind: "name", similarity: 0.8 }] });
  });

  it("boosts similar names at the same company and combines reasons", () => {
    const same = scorePair(subject({ companyId: "c1" }), subject({ companyId: "c1" }), 0.8, "DE");
    expect(same.score).toBe(68);
    expect(same.reasons).toContainEqual({ kind: "sameCompany" });
    const both = scorePair(
      subject({ emails: ["a@x.io"], phones: ["030 1234567"] }),
      subject({ emails: ["a@x.io"], phones: ["+49 30 1234567"] }),
      1,
      "DE",
    );
    expect(both.score).toBe(99);
    expect(both.reasons.map((r) => r.kind)).toEqual(["email", "phone", "name"]);
  });

  it("finds nothing in different numbers, dissimilar names or other emails", () => {
    const none = scorePair(
      subject({ emails: ["a@x.io"], phones: ["030 1234567"] }),
      subject({ emails: ["b@x.io"], phones: ["040 1234567"] }),
      0.3,
      "DE",
    );
    expect(none).toEqual({ score: 0, reasons: [] });
  });

  it("does not call relatives with another first name a similar name", () => {
    // Regression (issue 12.4 follow-up): the demo org listed "Brenna / Jaida Rodriguez-Satterfield"
    // at 38 % as "Similar name (60 %)": whole-name trigrams ignore that the first names differ.
    const person = (first: string, last: string, over: Partial<DupeSubject> = {}) =>
      subject({ name: `${first} ${last}`, nameParts: { first, last }, ...over });
    const relatives = scorePair(
      person("Brenna", "Rodriguez-Satterfield"),
      person("Jaida", "Rodriguez-Satterfield"),
      0.6,
      "DE",
    );
    expect(relatives).toEqual({ score: 0, reasons: [] });
    expect(
      scorePair(person("Bryant", "Keeling-Bernhard"), person("Jill", "Keeling-Bernhard"), 0.6, "DE").score,
    ).toBe(0);
    // Another last name with the same first name is no similar name either.
    expect(scorePair(person("Jonathan", "Smith"), person("Jonathan", "Brown"), 0.55, "DE").score).toBe(0);
    // A shared phone still counts, the name does not.
    const family = scorePair(
      person("Brenna", "Rodriguez", { phones: ["030 1234567"] }),
      person("Jaida", "Rodriguez", { phones: ["030 1234567"] }),
      0.6,
      "DE",
    );
    expect(family.reasons.map((r) => r.kind)).toEqual(["phone"]);

    const alike: [string, string, string, string][] = [
      ["Jon", "Smith", "John", "Smith"],
      ["Kathrin", "Oberholzer", "Katrin", "Oberhölzer"],
      ["Johnny", "Schön", "Johnny", "Schoen"],
      ["A.", "Roth", "Anna", "Roth"],
      ["Kim", "Lee", "Kimberly", "Lee"],
      ["Bob", "Stone", "Robert", "Stone"],
      ["Alice", "Walker", "Alicia", "Walker"],
      ["Eva", "Klein", "Eva", "Klein-Berg"],
      ["Smith", "John", "John", "Smith"],
    ];
    for (const [f1, l1, f2, l2] of alike) {
      const pair = scorePair(person(f1, l1), person(f2, l2), 0.7, "DE");
      expect(pair.reasons, `${f1} ${l1} / ${f2} ${l2}`).toEqual([{ kind: "name", similarity: 0.7 }]);
    }
  });

  it("normalizes keys", () => {
    expect(emailKeys([" A@X.io", "a@x.io", null])).toEqual(["a@x.io"]);
    expect(domainKeys(["https://www.Acme.com/about", "acme.com", "not a domain"])).toEqual(["acme.com"]);
  });
});
