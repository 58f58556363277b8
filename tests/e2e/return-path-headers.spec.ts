// A return address (`terug`) of a megabyte is not echoed into the answer's headers: the sign-in
// action falls back to /mijn, so the redirect and the cookies stay small (issue 11, hole 6).
import { expect, test } from "@playwright/test";
import { builtActions, callAction } from "./support/server-actions";
import { uniqueSuffix } from "./support/util";

test("a 1 MB return address after sign-in gives an answer with small headers", async () => {
  const action = builtActions().find((a) => a.key === "lib/auth/actions.ts#signInWithEmail")!;
  const answer = await callAction(action, [
    ["email", `terug-${uniqueSuffix()}@example.be`],
    ["terug", `/${"a".repeat(1_000_000)}`],
  ]);
  expect(answer.redirect).toBe("/aanmelden/controleer-je-mail");
  const headerBytes = Object.entries(answer.headers)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join("\r\n").length;
  expect(headerBytes).toBeLessThan(8_192);
});
