// The CSP hashes the portal's server computes per HTML response.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security-headers";
import { inlineScriptHashes } from "@/server/inline-scripts";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("inline script hashes", () => {
  it("hashes the exact text of every inline script and skips external ones", () => {
    const html = `<html><head><script src="/_next/a.js" async></script>
      <script>self.__next_f=self.__next_f||[]</script></head>
      <body><SCRIPT type="text/javascript">$RC("B:0","S:0")</SCRIPT><script>ë</script></body></html>`;
    expect(inlineScriptHashes(html).sort()).toEqual(
      [sha("self.__next_f=self.__next_f||[]"), sha('$RC("B:0","S:0")'), sha("ë")].sort(),
    );
  });

  it("lists a repeated script once", () => {
    expect(inlineScriptHashes("<script>a()</script><script>a()</script>")).toEqual([sha("a()")]);
  });

  it("gives a production policy without 'unsafe-inline' or 'unsafe-eval' for scripts", () => {
    const policy = contentSecurityPolicy({ production: true, scriptHashes: [sha("a()")] });
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' 'sha256-${sha("a()")}'`);
    expect(policy).toContain("form-action 'self'");
  });
});
