// Proves forged server-action encodings (found by tests/e2e/attacker-fuzzes-every-form-and-endpoint.spec.ts) are told apart from real ones.
import { describe, expect, it } from "vitest";
import { isWellFormedActionCall, isWellFormedActionPost, MAX_ACTION_PART_CHARS } from "@/lib/security/action-form";

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const META = '{"id":"78fb2bff434bdadd465ab0eaccdb747c49e5644b1e","bound":"$@1"}';

describe("isWellFormedActionPost", () => {
  it("accepts what React renders, and posts that are not actions at all", () => {
    expect(isWellFormedActionPost(form({ $ACTION_REF_1: "", "$ACTION_1:0": META, "$ACTION_1:1": '["en","a-slug",{"status":"idle"}]', $ACTION_KEY: "k1", name: "$ not a reference" }))).toBe(true);
    expect(isWellFormedActionPost(form({ "$ACTION_1:0": '{"id":"abc","bound":null}' }))).toBe(true);
    expect(isWellFormedActionPost(form({ "$ACTION_1:1": '["$$dollar","$undefined",1,true,null,{"a":["$NaN"]}]' }))).toBe(true);
    expect(isWellFormedActionPost(form({ "$ACTION_1:0": META, "$ACTION_1:1": JSON.stringify(["en", { status: "error", values: { body: "я".repeat(60_000) } }]) }))).toBe(true);
    expect(isWellFormedActionPost(form({ name: "Someone", email: "a@b.example" }))).toBe(true);
  });

  it("refuses encodings Next cannot decode", () => {
    for (const [name, value] of [
      ["$ACTION_1:0", '{"id":"abc"}'],
      ["$ACTION_1:0", '{"id":"abc","bound":"$Q1"}'],
      ["$ACTION_1:0", '{"bound":"$@1"}'],
      ["$ACTION_1:1", "garbage"],
      ["$ACTION_1:1", ""],
      ["$ACTION_1:1", "null"],
      ["$ACTION_1:1", '"x"'],
      ["$ACTION_1:1", '["$Q1"]'],
      ["$ACTION_1:1", '[{"a":"$K2"}]'],
      ["$ACTION_1:1", '["$h1"]'],
    ]) {
      expect(isWellFormedActionPost(form({ "$ACTION_1:0": META, [name]: value })), `${name}=${value}`).toBe(false);
    }
    // A reference to a part that is not there, and a bound argument of a megabyte.
    expect(isWellFormedActionPost(form({ "$ACTION_1:0": META })), "bound part missing").toBe(false);
    expect(isWellFormedActionPost(form({ "$ACTION_1:0": '{"id":"abc","bound":"$@9"}', "$ACTION_1:1": "[]" })), "bound points elsewhere").toBe(false);
    expect(isWellFormedActionPost(form({ "$ACTION_1:0": META, "$ACTION_1:1": '["en","$@2"]' })), "a bound value points at a missing part").toBe(false);
    expect(isWellFormedActionPost(form({ "$ACTION_1:0": META, "$ACTION_1:1": JSON.stringify(["x".repeat(1024 * 1024)]) })), "1 MB").toBe(false);
    const file = new FormData();
    file.append("$ACTION_1:1", new Blob(["[]"]), "x.json");
    expect(isWellFormedActionPost(file)).toBe(false);
  });
});

describe("isWellFormedActionCall", () => {
  const call = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };

  it("accepts what React's client sends", () => {
    expect(isWellFormedActionCall('["en","a-slug",{"status":"idle"}]')).toBe(true);
    expect(isWellFormedActionCall(JSON.stringify(["é".repeat(60_000)]))).toBe(true);
    expect(isWellFormedActionCall(call([["_1_name", "A"], ["_1_email", "a@b.example"], ["0", '["en","a-slug",{"status":"idle"},"$K1"]']]))).toBe(true);
    expect(isWellFormedActionCall(call([["1", '{"a":1}'], ["0", '["$@1","$1","$$x"]']]))).toBe(true);
  });

  it("refuses empty, invalid, dangling or oversized bodies", () => {
    for (const body of ["", "[1,2", "garbage", '["$@1"]', '["$K1"]', '["$Q1"]', '["$h1"]', '["$B1"]', '["$R1"]', JSON.stringify(["x".repeat(MAX_ACTION_PART_CHARS + 1)])]) {
      expect(isWellFormedActionCall(body), body.slice(0, 40)).toBe(false);
    }
    for (const entries of [
      [],
      [["_1_name", "A"]],
      [["0", "garbage"]],
      [["0", '["$@5"]']],
      [["0", '["$7"]']],
      [["1", "not json"], ["0", '["$@1"]']],
      [["0", JSON.stringify(["x".repeat(1024 * 1024), "$K1"])]],
    ] as [string, string][][]) {
      expect(isWellFormedActionCall(call(entries)), JSON.stringify(entries).slice(0, 60)).toBe(false);
    }
  });

  it("refuses (found by fuzzing) an empty or non-hex action id and field names Next's parser cannot read", () => {
    const root = '["en"]';
    expect(isWellFormedActionCall(root, "7f3a9c")).toBe(true);
    for (const id of [null, "", "[object Object]", "7F3A-9C", "x".repeat(101)]) expect(isWellFormedActionCall(root, id), String(id)).toBe(false);
    expect(isWellFormedActionCall(call([["_1_naïve\u0001", "x"], ["0", '["$K1"]']]))).toBe(false);
    for (const root of ["{}", '"x"', "1", "null"]) expect(isWellFormedActionCall(root), root).toBe(false);
    const file = new FormData();
    file.append("_1_photos", new Blob(["x"]), "x".repeat(2000));
    file.append("0", '["$K1"]');
    expect(isWellFormedActionCall(file), "a file name of 2,000 characters").toBe(false);
  });
});
