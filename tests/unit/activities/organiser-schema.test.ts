// The forms of an activity's organisers and of a message to parents: Dutch messages on the field,
// the bounds of subject and body, the waiting-list box, and an e-mail read case-insensitively.
import { describe, expect, it } from "vitest";
import { addOrganiserSchema, parentsMessageSchema } from "@/lib/activities/organiser-schema";

const errors = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the message to parents", () => {
  it("needs a subject and a body, each bounded, with Dutch messages", () => {
    const empty = parentsMessageSchema.safeParse({ sessionId: "s1", subject: "  ", body: "" });
    expect(errors(empty)).toEqual({ subject: "Vul een onderwerp in.", body: "Schrijf je bericht." });
    const long = parentsMessageSchema.safeParse({
      sessionId: "s1",
      subject: "x".repeat(151),
      body: "y".repeat(5001),
    });
    expect(errors(long)).toEqual({
      subject: "Houd het korter (maximaal 150 tekens).",
      body: "Houd het korter (maximaal 5000 tekens).",
    });
  });

  it("sends to the waiting list only when the box is ticked", () => {
    const base = { sessionId: "s1", subject: "Regen", body: "Regenjas mee." };
    expect(parentsMessageSchema.parse(base).includeWaiting).toBe(false);
    expect(parentsMessageSchema.parse({ ...base, includeWaiting: "on" }).includeWaiting).toBe(true);
  });
});

describe("adding an organiser", () => {
  it("reads the e-mail trimmed and in lower case, and refuses one that is no address", () => {
    const ok = addOrganiserSchema.parse({
      activityId: "a",
      sessionId: "s",
      email: " Marie.Claeys@Example.be ",
    });
    expect(ok.email).toBe("marie.claeys@example.be");
    const bad = addOrganiserSchema.safeParse({ activityId: "a", sessionId: "s", email: "marie" });
    expect(errors(bad)).toEqual({ email: "Vul het e-mailadres van de begeleider in." });
  });
});
