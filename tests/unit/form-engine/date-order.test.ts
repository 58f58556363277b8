// Dates that must follow each other: the end of an event not before its start, the set-up not
// after it. The message is on the later field; the same schema runs in the browser and the server.
import { describe, expect, it } from "vitest";
import { compile, formDefinitionSchema } from "@/lib/form-engine";

const def = formDefinitionSchema.parse({
  pages: [
    {
      key: "wanneer",
      title: "Wanneer",
      fields: [
        { key: "start", type: "date", label: "Eerste dag" },
        { key: "end", type: "date", label: "Laatste dag", notBefore: "start" },
        { key: "setup", type: "date", label: "Opbouw vanaf", notAfter: "start", required: false },
      ],
    },
  ],
});
const judge = (input: Record<string, string>) =>
  compile(def, {}, { page: "wanneer", today: "2027-01-01" }).safeParse(input);

describe("date order", () => {
  it("accepts an end on or after the start and a set-up on or before it", () => {
    expect(judge({ start: "2027-06-19", end: "2027-06-19", setup: "2027-06-19" }).success).toBe(true);
    expect(judge({ start: "2027-06-19", end: "2027-06-20", setup: "2027-06-17" }).data).toEqual({
      start: "2027-06-19",
      end: "2027-06-20",
      setup: "2027-06-17",
    });
  });

  it("refuses an end before the start, with a Dutch message on the end", () => {
    const result = judge({ start: "2027-06-19", end: "2027-06-18" });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["end"], '"Laatste dag" kan niet vóór "Eerste dag" liggen.'],
    ]);
  });

  it("refuses a set-up after the start", () => {
    const result = judge({ start: "2027-06-19", end: "2027-06-19", setup: "2027-06-20" });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["setup"], '"Opbouw vanaf" kan niet na "Eerste dag" liggen.'],
    ]);
  });

  it("refuses a definition comparing with a later or unknown field", () => {
    const bad = formDefinitionSchema.safeParse({
      pages: [
        {
          key: "p",
          title: "P",
          fields: [
            { key: "end", type: "date", label: "Einde", notBefore: "start" },
            { key: "start", type: "date", label: "Begin" },
          ],
        },
      ],
    });
    expect(bad.success).toBe(false);
  });
});
