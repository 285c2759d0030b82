// Regression: the invitation mail said "as rep" (the stored role) instead of the role's name.
import { describe, expect, it } from "vitest";
import { invitationMail } from "./invitation-mail";

describe("invitationMail", () => {
  it("names the role as the app does, in the inviter's language", () => {
    const en = invitationMail({ inviterName: "Ada", orgName: "Acme", role: "rep", locale: "en" });
    expect(en.subject).toBe("Ada invited you to Acme");
    expect(en.text).toContain("with the role Sales rep.");
    expect(en.text).not.toContain("as rep");
    const de = invitationMail({ inviterName: "Ada", orgName: "Acme", role: "readonly", locale: "de" });
    expect(de.subject).toBe("Ada hat Sie zu Acme eingeladen");
    expect(de.text).toContain("„Nur Lesen“");
  });

  it("falls back to English without a known locale", () => {
    expect(
      invitationMail({ inviterName: "Ada", orgName: "Acme", role: "admin", locale: null }).text,
    ).toContain("with the role Admin.");
  });
});
