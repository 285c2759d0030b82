import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

const SUFFIX = /-[0-9a-f]{6}$/;
const base = (slug: string) => slug.replace(SUFFIX, "");

describe("slugify", () => {
  it("lowercases, strips accents and joins words with single dashes, plus a 6-hex suffix", () => {
    const slug = slugify("  Ünïcödé Café & Co.  ");
    expect(slug).toMatch(SUFFIX);
    expect(base(slug)).toBe("unicode-cafe-co");
  });

  it("falls back to 'org' when nothing URL-safe is left", () => {
    expect(base(slugify("!!! ???"))).toBe("org");
    expect(base(slugify("東京"))).toBe("org");
  });

  it("keeps the base at most 40 characters", () => {
    const slug = slugify("a".repeat(100));
    expect(base(slug)).toBe("a".repeat(40));
  });

  // Regression: truncating after trimming dashes left a dash at the cut, so the slug had "--".
  it("never leaves a dash at the cut when truncating", () => {
    const slug = slugify(`${"a".repeat(39)} bcd`);
    expect(base(slug)).toBe("a".repeat(39));
    expect(slug).not.toMatch(/--/);
  });

  it("gives the same name different slugs (random suffix)", () => {
    const slugs = new Set(Array.from({ length: 20 }, () => slugify("Acme")));
    expect(slugs.size).toBe(20);
    for (const s of slugs) expect(base(s)).toBe("acme");
  });
});
