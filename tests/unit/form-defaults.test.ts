import { describe, expect, it } from "vitest";
import { textDefaults } from "@/lib/organise/form-defaults";

describe("textDefaults", () => {
  it("gives the stored text when editing, and empty strings for a new entity or a null value", () => {
    const entity = { title: "Free them", notes: null as string | null, goal: 10 };
    expect(textDefaults(entity, ["title", "notes"])).toEqual({ title: "Free them", notes: "" });
    expect(textDefaults<typeof entity, "title" | "notes">(undefined, ["title", "notes"])).toEqual({ title: "", notes: "" });
  });
});
