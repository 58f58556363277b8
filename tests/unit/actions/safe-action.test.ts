import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";
import { testResident } from "@/tests/support/actor";

const actor = testResident;
const schema = z.object({ name: z.string().min(2, "Vul je naam in.") });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

afterEach(() => vi.restoreAllMocks());

describe("formAction", () => {
  it("returns Dutch field errors and never runs the command on invalid input", async () => {
    const run = vi.fn();
    const action = formAction({ schema, guard: async () => actor, run });
    const result = await action(null, form({ name: "a", website: "spam" }));
    expect(result).toEqual({
      ok: false,
      message: "Controleer de gemarkeerde velden.",
      fieldErrors: { name: ["Vul je naam in."] },
      // What was typed comes back so the form is filled in again; the honeypot does not.
      values: { name: "a" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("checks the guard before parsing or running", async () => {
    const run = vi.fn();
    const action = formAction({
      schema,
      guard: async () => {
        throw new AppError("FORBIDDEN");
      },
      run,
    });
    expect(await action(null, form({ name: "Anna" }))).toEqual({
      ok: false,
      message: "Je hebt geen toegang tot deze pagina of actie.",
      values: { name: "Anna" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("passes parsed input and the actor to the command", async () => {
    const action = formAction({
      schema,
      guard: async () => actor,
      run: async (input, a) => `${input.name}:${a.userId}`,
    });
    expect(await action(null, form({ name: "Anna" }))).toEqual({ ok: true, data: "Anna:u1" });
  });

  it("hides unexpected errors behind a generic Dutch message with a reference", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const action = formAction({
      schema,
      guard: async () => actor,
      run: async () => {
        throw new Error('duplicate key value violates unique constraint "User_email_key"');
      },
    });
    const result = await action(null, form({ name: "Anna" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Er ging iets mis aan onze kant\..*\(referentie [0-9a-f]{8}\)$/);
    expect(result.message).not.toMatch(/duplicate|constraint|User_email_key/);
  });

  it("lets a redirect from the guard through instead of swallowing it", async () => {
    const action = formAction({ schema, guard: async () => redirect("/aanmelden"), run: vi.fn() });
    await expect(action(null, form({ name: "Anna" }))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});
