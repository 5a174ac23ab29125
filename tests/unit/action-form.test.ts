// Proves forged server-action encodings (found by tests/e2e/fuzz.spec.ts) are told apart from real ones.
import { describe, expect, it } from "vitest";
import { isWellFormedActionPost } from "@/lib/security/action-form";

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
    const file = new FormData();
    file.append("$ACTION_1:1", new Blob(["[]"]), "x.json");
    expect(isWellFormedActionPost(file)).toBe(false);
  });
});
