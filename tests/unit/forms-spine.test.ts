/**
 * The spine (lib/forms/spine.ts) and its three adapters: one order of steps, one failure shape,
 * and continuations that run outside the spine's catch (so `redirect()` works there).
 */
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { langOf, noArgs, tokenArgs } from "@/lib/forms/bound-args";
import { runButtonAction } from "@/lib/forms/button-action";
import { runFormAction } from "@/lib/forms/form-action";
import { runJsonAction } from "@/lib/forms/json-action";
import { runSpine, TransportRefusal } from "@/lib/forms/spine";

const schema = z.object({ name: z.string().min(2, "tooShort"), count: z.coerce.number().int().optional() });
const SITE = "http://picket.test"; // APP_URL in tests/fixtures/unit-setup.ts

function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
}

describe("runSpine, the core", () => {
  const ok = { schema, authorize: () => "ctx", perform: (d: { name: string }, c: string) => `${c}:${d.name}` };

  it("parses, authorises and performs, in that order", async () => {
    expect(await runSpine(ok, () => ({ name: "Ann" }))).toEqual({ ok: true, result: "ctx:Ann" });
  });

  it("answers bad input with the schema's field errors, the input kept, nothing performed", async () => {
    const perform = vi.fn();
    const out = await runSpine({ ...ok, perform }, () => ({ name: "A" }));
    expect(out).toEqual({ ok: false, code: "validation_failed", fieldErrors: { name: "tooShort" }, input: { name: "A" } });
    expect(perform).not.toHaveBeenCalled();
  });

  it("answers an AppError naming a field next to that field, and one that does not as the form's error", async () => {
    const field = await runSpine({ ...ok, perform: () => { throw new AppError("slug_taken", "x", "name"); } }, () => ({ name: "Ann" }));
    expect(field).toMatchObject({ ok: false, code: "slug_taken", fieldErrors: { name: "slug_taken" } });
    expect(field).not.toHaveProperty("formError");
    const whole = await runSpine({ ...ok, perform: () => { throw new AppError("not_found"); } }, () => ({ name: "Ann" }));
    expect(whole).toMatchObject({ ok: false, code: "not_found", fieldErrors: {}, formError: "not_found" });
  });

  it("turns an unexpected error into `internal`, logged", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const out = await runSpine({ ...ok, perform: () => { throw new TypeError("boom"); } }, () => ({ name: "Ann" }));
    expect(out).toMatchObject({ ok: false, code: "internal", formError: "internal" });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("stops at an authorize refusal: perform never runs", async () => {
    const perform = vi.fn();
    const out = await runSpine({ ...ok, authorize: () => { throw new AppError("forbidden"); }, perform }, () => ({ name: "Ann" }));
    expect(out).toMatchObject({ ok: false, code: "forbidden", formError: "forbidden" });
    expect(perform).not.toHaveBeenCalled();
  });

  it("checks origin, then the transport, then the limit, all before reading the input", async () => {
    const read = vi.fn(() => ({ name: "Ann" }));
    const foreign = new Headers({ origin: "https://evil.example" });
    expect(await runSpine({ ...ok, origin: foreign, accept: () => "unsupported_media_type" }, read)).toMatchObject({ code: "forbidden_origin" });
    expect(await runSpine({ ...ok, origin: new Headers(), accept: () => undefined }, read)).toMatchObject({ code: "forbidden_origin" });
    const trusted = new Headers({ origin: SITE });
    const limit = vi.fn(() => ({ allowed: true as const }));
    expect(await runSpine({ ...ok, origin: trusted, accept: () => "unsupported_media_type", limit }, read)).toMatchObject({ code: "unsupported_media_type" });
    expect(limit).not.toHaveBeenCalled();
    expect(await runSpine({ ...ok, limit: () => ({ allowed: false, retryAfterSeconds: 42 }) }, read)).toMatchObject({ code: "rate_limited", formError: "rate_limited", retryAfterSeconds: 42 });
    expect(read).not.toHaveBeenCalled();
    expect(await runSpine({ ...ok, origin: trusted, limit }, read)).toEqual({ ok: true, result: "ctx:Ann" });
  });

  it("answers an unreadable input as malformed (a field) or as the transport's refusal", async () => {
    const { MalformedInputError } = await import("@/lib/validation/form-data");
    expect(await runSpine(ok, () => { throw new MalformedInputError("name"); })).toMatchObject({ code: "malformed_input", fieldErrors: { name: "invalid" } });
    expect(await runSpine(ok, () => { throw new TransportRefusal("too_large"); })).toMatchObject({ code: "too_large" });
  });
});

describe("runFormAction, the form adapter", () => {
  const base = { schema, authorize: () => null, perform: (d: { name: string }) => ({ id: 7, name: d.name }) };

  it("gives onSuccess the typed result, and answers ok", async () => {
    const seen: unknown[] = [];
    const state = await runFormAction({ ...base, formData: form({ name: "Ann" }), onSuccess: (r) => {
      expectTypeOf(r).toEqualTypeOf<{ id: number; name: string }>();
      seen.push(r);
    } });
    expect(seen).toEqual([{ id: 7, name: "Ann" }]);
    expect(state).toEqual({ status: "ok", result: { id: 7, name: "Ann" } });
  });

  it("runs onSuccess outside the spine's catch: what it throws (a redirect) is not turned into a form error", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    await expect(runFormAction({ ...base, formData: form({ name: "Ann" }), onSuccess: () => { throw redirect; } })).rejects.toBe(redirect);
  });

  it("answers bad input with field errors and the posted values, shortened; onSuccess does not run", async () => {
    const onSuccess = vi.fn();
    const state = await runFormAction({ ...base, formData: form({ name: "A", count: "x".repeat(5000) }), onSuccess });
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors.name).toBe("tooShort");
    expect(state.values.name).toBe("A");
    expect(state.values.count).toHaveLength(2000);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("refuses repeated fields and a displaced form data as malformed input", async () => {
    expect(await runFormAction({ ...base, formData: form({ name: ["Ann", "Bob"] }) })).toEqual({
      status: "error", fieldErrors: { name: "invalid" }, formError: "malformed_input", values: {},
    });
    const displaced = "en" as unknown as FormData; // what a forged post's bound arguments can do
    expect(await runFormAction({ ...base, formData: displaced })).toEqual({ status: "error", fieldErrors: {}, formError: "malformed_input", values: {} });
  });

  it("shows an AppError naming a field next to it, without a form error", async () => {
    const state = await runFormAction({ ...base, formData: form({ name: "Ann" }), perform: () => { throw new AppError("slug_taken", "x", "name"); } });
    expect(state).toEqual({ status: "error", fieldErrors: { name: "slug_taken" }, values: { name: "Ann" } });
  });
});

describe("runButtonAction, the bound-argument adapter", () => {
  it("validates bound arguments like form fields: a forged one goes to onFailure, nothing performed", async () => {
    const perform = vi.fn();
    for (const token of [{ forged: true }, 42, "a.b.c", "x".repeat(101), ""]) {
      const answer = await runButtonAction({ schema: tokenArgs, input: { token }, authorize: () => null, perform, onSuccess: () => "done", onFailure: (f) => f.code });
      expect(answer).toBe("validation_failed");
    }
    expect(perform).not.toHaveBeenCalled();
  });

  it("gives onSuccess the typed result, outside the catch", async () => {
    const answer = await runButtonAction({
      schema: tokenArgs,
      input: { token: "abc_DEF-123" },
      authorize: () => null,
      perform: (d) => ({ spent: d.token }),
      onSuccess: (r) => {
        expectTypeOf(r).toEqualTypeOf<{ spent: string }>();
        return r.spent;
      },
      onFailure: () => "failed",
    });
    expect(answer).toBe("abc_DEF-123");
    const redirect = new Error("NEXT_REDIRECT");
    await expect(runButtonAction({ schema: noArgs, input: {}, authorize: () => null, perform: () => 1, onSuccess: () => { throw redirect; }, onFailure: () => 0 })).rejects.toBe(redirect);
  });

  it("hands an authorize refusal to onFailure with its code", async () => {
    const answer = await runButtonAction({ schema: noArgs, input: {}, authorize: () => { throw new AppError("unauthenticated"); }, perform: () => 1, onSuccess: () => "ok", onFailure: (f) => f.code });
    expect(answer).toBe("unauthenticated");
  });

  it("reads a posted form when given one, and refuses anything in its place", async () => {
    const base = { schema, authorize: () => null, perform: (d: { name: string }) => d.name, onSuccess: (n: string) => n, onFailure: (f: { code: string }) => f.code };
    expect(await runButtonAction({ ...base, formData: form({ name: "Ann" }) })).toBe("Ann");
    expect(await runButtonAction({ ...base, formData: "en" as unknown as FormData })).toBe("malformed_input");
  });

  it("reads a bound locale leniently, as URLs are", () => {
    expect(langOf("ru")).toBe("ru");
    expect(langOf("xx")).toBe("en");
    expect(langOf({ toString: () => "ru" })).toBe("en");
  });
});

describe("runJsonAction, the JSON adapter", () => {
  const json = (body: unknown, headers: Record<string, string> = {}) => ({
    headers: new Headers({ origin: SITE, "content-type": "application/json", ...headers }),
    readBody: async () => (typeof body === "string" || body === null ? body : JSON.stringify(body)),
  });
  const base = {
    schema,
    authorize: (d: { name: string }) => {
      if (d.name === "Nobody") throw new AppError("not_found");
      return null;
    },
    perform: (d: { name: string }) => {
      if (d.name === "Closed") throw new AppError("petition_not_open");
      if (d.name === "Work") throw new AppError("more_work", "x", "altcha");
      if (d.name === "Boom") throw new Error("boom");
      return d.name;
    },
    statuses: { petition_not_open: 409 },
    onSuccess: (name: string) => ({ status: 202, body: { name } }),
  };

  it("answers every refusal in one shape, with its status", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const cases: [ReturnType<typeof json>, number, Record<string, unknown>][] = [
      [json({ name: "Ann" }, { origin: "https://evil.example" }), 403, { error: "forbidden_origin" }],
      [json({ name: "Ann" }, { "content-type": "text/plain" }), 415, { error: "unsupported_media_type" }],
      [json(null), 413, { error: "too_large" }],
      [json("{not json"), 400, { error: "malformed_input", fields: { body: "invalid" } }],
      [json([1]), 400, { error: "malformed_input", fields: { body: "invalid" } }],
      [json({ name: ["A"] }), 400, { error: "malformed_input", fields: { name: "invalid" } }],
      [json({ name: "A" }), 422, { error: "validation_failed", fields: { name: "tooShort" } }],
      [json({ name: "Nobody" }), 404, { error: "not_found" }],
      [json({ name: "Closed" }), 409, { error: "petition_not_open" }],
      [json({ name: "Work" }), 422, { error: "more_work", fields: { altcha: "more_work" } }],
      [json({ name: "Boom" }), 500, { error: "internal" }],
    ];
    for (const [request, status, body] of cases) {
      const answer = await runJsonAction({ ...base, ...request });
      expect(answer.status).toBe(status);
      expect(answer.body).toMatchObject(body);
    }
    log.mockRestore();
  });

  it("checks the limit before reading the body, and says when to retry", async () => {
    const readBody = vi.fn(async () => "{}");
    const answer = await runJsonAction({ ...base, ...json({}), readBody, limit: () => ({ allowed: false, retryAfterSeconds: 9 }) });
    expect(answer).toMatchObject({ status: 429, body: { error: "rate_limited" }, retryAfterSeconds: 9 });
    expect(readBody).not.toHaveBeenCalled();
  });

  it("answers success through onSuccess, with the extra fields in perform's input", async () => {
    const answer = await runJsonAction({
      ...base,
      ...json({ name: "Ann", locale: "ru", stray: "x" }),
      extraFields: ["locale"],
      perform: (_d, _c, input) => input,
      onSuccess: (input) => ({ status: 202, body: input }),
    });
    expect(answer).toEqual({ status: 202, body: { name: "Ann", locale: "ru" } });
  });
});
