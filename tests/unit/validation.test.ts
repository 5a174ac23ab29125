// Proves the sign form's shared schema accepts real input and names the error of every bad field.
import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { formDataFields, jsonFields, MalformedInputError } from "@/lib/validation/form-data";
import { signatureSchema, SIGNATURE_FIELDS } from "@/lib/validation/signature";

const valid = { name: "  Aigerim Nurlanovna ", email: " a@example.org ", country: "KZ" };

function errorsOf(input: Record<string, unknown>) {
  const parsed = signatureSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("signatureSchema", () => {
  it("parses a valid form: trimmed, optional blanks dropped, private defaults", () => {
    const data = signatureSchema.parse({ ...valid, city: "", organisation: "  ", comment: "", source: "news letter!" });
    expect(data).toMatchObject({ name: "Aigerim Nurlanovna", email: "a@example.org", country: "KZ", nameDisplay: "first_country", optInUpdates: false });
    expect(data.city).toBeUndefined();
    expect(data.organisation).toBeUndefined();
    expect(data.comment).toBeUndefined();
    expect(data.source).toBe("newsletter");
    expect(signatureSchema.parse({ ...valid, optInUpdates: "on" }).optInUpdates).toBe(true);
  });

  it("names the error of each bad field", () => {
    expect(errorsOf({ ...valid, name: "   " }).name).toBe("required");
    expect(errorsOf({ ...valid, name: "x".repeat(101) }).name).toBe("tooLong");
    expect(errorsOf({ ...valid, name: "x".repeat(100) }).name).toBeUndefined();
    expect(errorsOf({ ...valid, email: "not-an-email" }).email).toBe("invalidEmail");
    expect(errorsOf({ ...valid, country: "" }).country).toBe("required");
    expect(errorsOf({ ...valid, country: "XX" }).country).toBe("invalidCountry");
    expect(errorsOf({ ...valid, comment: "c".repeat(501) }).comment).toBe("tooLong");
    expect(errorsOf({ ...valid, comment: "c".repeat(500) }).comment).toBeUndefined();
    expect(errorsOf({ ...valid, nameDisplay: "everyone" }).nameDisplay).toBe("invalidChoice");
    expect(errorsOf({ ...valid, name: "Nul\u0000Byte" }).name).toBe("invalidCharacters");
    expect(errorsOf({ ...valid, name: "x".repeat(1024 * 1024) }).name).toBe("tooLong");
    expect(errorsOf({}).email).toBe("required");
  });

  it("turns line breaks and tabs in single-line fields into one space, so one signer is one line", () => {
    const data = signatureSchema.parse({
      ...valid,
      name: "Dana  Signer\n2. Fake Person — Germany\r\n3. Other\tPerson",
      city: "Berlin\r\nMitte",
      organisation: "Union\t\tLocal 7",
      comment: "line one\n\nline  two",
    });
    expect(data.name).toBe("Dana Signer 2. Fake Person — Germany 3. Other Person");
    expect(data.city).toBe("Berlin Mitte");
    expect(data.organisation).toBe("Union Local 7");
    expect(data.comment).toBe("line one\n\nline  two");
    expect(errorsOf({ ...valid, name: "\n\t \r\n" }).name).toBe("required");
  });

  it("keeps newlines in comments but refuses other control characters", () => {
    expect(errorsOf({ ...valid, comment: "line one\nline two" }).comment).toBeUndefined();
    expect(errorsOf({ ...valid, comment: "bell\u0007" }).comment).toBe("invalidCharacters");
  });
});

describe("reading posted fields", () => {
  it("refuses a repeated field and a file where text belongs", () => {
    const repeated = new FormData();
    repeated.append("email", "a@example.org");
    repeated.append("email", "b@example.org");
    expect(() => formDataFields(repeated, SIGNATURE_FIELDS)).toThrow(MalformedInputError);
    expect(() => formDataFields(repeated, SIGNATURE_FIELDS)).toThrow(expect.objectContaining({ field: "email", code: "malformed_input" }));
    const withFile = new FormData();
    withFile.append("name", new File(["x"], "x.txt"));
    try {
      formDataFields(withFile, SIGNATURE_FIELDS);
      expect.unreachable();
    } catch (err) {
      expect((err as MalformedInputError).field).toBe("name");
    }
  });

  it("reads single strings and ignores fields outside the schema", () => {
    const form = new FormData();
    form.append("name", "Ada");
    form.append("$ACTION_ID_123", "x");
    expect(formDataFields(form, SIGNATURE_FIELDS)).toEqual({ name: "Ada" });
  });

  it("JSON bodies: only objects of scalars", () => {
    expect(() => jsonFields([1], ["name"])).toThrow(MalformedInputError);
    expect(() => jsonFields("x", ["name"])).toThrow(MalformedInputError);
    expect(() => jsonFields(null, ["name"])).toThrow(expect.objectContaining({ field: "body" }));
    expect(() => jsonFields({ name: ["a"] }, ["name"])).toThrow(MalformedInputError);
    expect(() => jsonFields({ name: { a: 1 } }, ["name"])).toThrow(MalformedInputError);
    expect(jsonFields({ name: "A", optInUpdates: true, extra: [1] }, ["name", "optInUpdates"])).toEqual({ name: "A", optInUpdates: true });
  });

  it("fieldErrorsOf keeps the first code per field", () => {
    const parsed = signatureSchema.safeParse({ name: "", email: "", country: "" });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ name: "required", email: "required", country: "required" });
  });
});

describe("the campaign's delivery-pack sender", () => {
  const base = { campaignId: "", replyEmail: "", title: "T", slug: "t", summary: "S", story: "Story", demands: "Free them", status: "draft" };
  it("takes a signatory, an organisation and a reply email, each optional", async () => {
    const { campaignSchema } = await import("@/lib/validation/organiser");
    const blank = campaignSchema.parse(base);
    expect([blank.senderName, blank.senderOrganisation, blank.replyEmail]).toEqual([undefined, undefined, undefined]);
    expect(campaignSchema.parse({ ...base, senderName: " Maria\nKeller ", senderOrganisation: "Committee", replyEmail: "replies@example.org" })).toMatchObject({
      senderName: "Maria Keller",
      senderOrganisation: "Committee",
      replyEmail: "replies@example.org",
    });
  });
  it("refuses a reply address that is not an email, and an overlong name", async () => {
    const { campaignSchema } = await import("@/lib/validation/organiser");
    const parsed = campaignSchema.safeParse({ ...base, replyEmail: "call us", senderName: "x".repeat(151) });
    expect(fieldErrorsOf(parsed.error!)).toMatchObject({ replyEmail: "invalidEmail", senderName: "tooLong" });
  });
});
