// The SHA-256 digests a CSP needs to allow exactly the inline scripts of one HTML document. A script
// element's text is raw (no entities), and React and Next escape "</script" inside what they inline,
// so the first "</script" closes the element, as it does for the browser's parser.
import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`) || body.length === 0) continue;
    hashes.add(createHash("sha256").update(body, "utf8").digest("base64"));
  }
  return [...hashes];
}
