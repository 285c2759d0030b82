import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from "./webhook-signature";

describe("webhook signatures (Standard Webhooks)", () => {
  it("signs the spec's example message to the spec's signature", () => {
    const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    expect(signWebhook(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}')).toBe(
      "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    );
  });
  it("verifies its own signature and refuses another body or secret", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const header = `v1,bogus ${signWebhook(secret, "id", 1, "{}")}`;
    expect(verifyWebhookSignature(secret, "id", 1, "{}", header)).toBe(true);
    expect(verifyWebhookSignature(secret, "id", 1, "{ }", header)).toBe(false);
    expect(verifyWebhookSignature(generateWebhookSecret(), "id", 1, "{}", header)).toBe(false);
  });
});
