import { describe, expect, it } from "vitest";
import { z } from "zod";
import { matchFieldErrors, parseForForm, setFieldErrors } from "./field-errors";

type Form = { name: string; revenue: string; phone: string };

// What react-hook-form's setError receives, in order.
function recorder() {
  const calls: { name: string; message: string | undefined; focus: boolean | undefined }[] = [];
  const setError = (name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
    calls.push({ name, message: error.message, focus: options?.shouldFocus });
  };
  return { calls, setError };
}

describe("matchFieldErrors", () => {
  it("keeps the errors of the form's own fields, under the same names", () => {
    const matched = matchFieldErrors<Form>({ name: ["Required"], ownerId: ["Not a member"] }, [
      "name",
      "phone",
    ]);
    expect(matched).toEqual([{ name: "name", message: "Required" }]);
  });

  it("renames the service's fields and takes the first message of each once", () => {
    const matched = matchFieldErrors<Form>(
      {
        annualRevenue: ["Too large", "Not a number"],
        "phones.0.number": ["Invalid phone"],
        phone: ["Too long"],
      },
      { annualRevenue: "revenue", "phones.0.number": "phone", phone: "phone" },
    );
    expect(matched).toEqual([
      { name: "revenue", message: "Too large" },
      { name: "phone", message: "Invalid phone" },
    ]);
  });

  it("skips fields without a message and takes no errors at all", () => {
    expect(matchFieldErrors<Form>({ name: [], phone: undefined }, ["name", "phone"])).toEqual([]);
    expect(matchFieldErrors<Form>(undefined, ["name"])).toEqual([]);
  });
});

describe("setFieldErrors", () => {
  it("puts each error on its field, focusing the first, and says whether any landed", () => {
    const { calls, setError } = recorder();
    const landed = setFieldErrors<Form>(setError, { phone: ["Invalid"], name: ["Taken"] }, ["name", "phone"]);
    expect(landed).toBe(true);
    expect(calls).toEqual([
      { name: "phone", message: "Invalid", focus: true },
      { name: "name", message: "Taken", focus: false },
    ]);
  });

  it("answers false when no error belongs to the form (the caller shows the message)", () => {
    const { calls, setError } = recorder();
    expect(setFieldErrors<Form>(setError, { stageId: ["Not in the pipeline"] }, ["name"])).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("parseForForm", () => {
  const schema = z.object({
    name: z.string().min(1, "Required"),
    annualRevenue: z.number().min(0, "Negative"),
  });

  it("returns the parsed input when the schema accepts it", () => {
    const { calls, setError } = recorder();
    expect(
      parseForForm<Form, typeof schema>(schema, { name: "Acme", annualRevenue: 5 }, setError, []),
    ).toEqual({
      name: "Acme",
      annualRevenue: 5,
    });
    expect(calls).toEqual([]);
  });

  it("puts the schema's errors on the renamed fields and returns null", () => {
    const { calls, setError } = recorder();
    const parsed = parseForForm<Form, typeof schema>(schema, { name: "", annualRevenue: -1 }, setError, {
      name: "name",
      annualRevenue: "revenue",
    });
    expect(parsed).toBeNull();
    expect(calls).toEqual([
      { name: "name", message: "Required", focus: true },
      { name: "revenue", message: "Negative", focus: false },
    ]);
  });
});
