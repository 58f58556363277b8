// A request for another host never shapes a link: sign-in links are mailed on the configured public
// URL even when Host, Origin and X-Forwarded-Host all say evil.example (issue 11, hole 1). Both ways
// in are tried: the /aanmelden form (a server action) and Auth.js's own endpoint.
import { expect, test } from "@playwright/test";
import { firstLink, waitForMessage } from "./support/mailbox";
import { e2eOrigin, postSignInForm, raw } from "./support/raw-http";
import { uniqueSuffix } from "./support/util";

const forged = {
  host: "evil.example",
  origin: "http://evil.example",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
};

test("the sign-in form mails a link on the public URL when Host and X-Forwarded-Host are forged", async () => {
  const email = `vervalst-${uniqueSuffix()}@example.be`;
  const since = new Date(Date.now() - 1000);
  const answer = await postSignInForm(email, { headers: forged });
  expect(answer.status, answer.body.slice(0, 300)).toBe(303);
  const link = new URL(firstLink((await waitForMessage(email, /Aanmelden/, since)).text));
  expect(link.origin).toBe(e2eOrigin());
  expect(link.pathname).toBe("/api/auth/callback/email");
  expect(decodeURIComponent(link.search)).not.toContain("evil.example");
});

test("Auth.js's own sign-in endpoint mails a link on the public URL when the host is forged", async () => {
  const email = `vervalst-api-${uniqueSuffix()}@example.be`;
  const since = new Date(Date.now() - 1000);
  const csrf = await raw("/api/auth/csrf", { headers: forged });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = [csrf.headers["set-cookie"] ?? []]
    .flat()
    .map((c) => c.split(";")[0])
    .join("; ");
  const form = new URLSearchParams({ email, csrfToken, callbackUrl: "http://evil.example/mijn" });
  await raw("/api/auth/signin/email", {
    method: "POST",
    headers: { ...forged, cookie, "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  const link = new URL(firstLink((await waitForMessage(email, /Aanmelden/, since)).text));
  expect(link.origin).toBe(e2eOrigin());
  expect(decodeURIComponent(link.search)).not.toContain("evil.example");
});
