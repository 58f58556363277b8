// Holds back an HTML response until it is complete, so its Content-Security-Policy can list the
// hash of every inline script in it; everything else passes through untouched. Next streams HTML
// (flushHeaders, write, end, waiting for 'drain' and 'finish'): while holding back, writes are
// accepted at once and headers are only sent by the final end(). The held HTML is gzipped here when
// the client accepts it (Next's own compression is off: it would hand us compressed bytes).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { inlineScriptHashes } from "./inline-scripts";

const gzipAsync = promisify(gzip);

function isHtml(res: ServerResponse): boolean {
  return /^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""));
}

type WriteHead = ServerResponse["writeHead"];

/**
 * `policyFor` turns the inline script hashes of the finished document into the CSP header value;
 * `beforeHead` may still change the status and headers of the finished document.
 */
export function holdHtmlForCsp(
  req: IncomingMessage,
  res: ServerResponse,
  policyFor: (scriptHashes: string[]) => string,
  beforeHead?: () => void,
): void {
  const original = {
    writeHead: res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse,
    flushHeaders: res.flushHeaders.bind(res),
    write: res.write.bind(res) as (...args: unknown[]) => boolean,
    end: res.end.bind(res) as (...args: unknown[]) => ServerResponse,
  };
  let holding: boolean | undefined;
  const chunks: Buffer[] = [];
  const decide = () => (holding ??= req.method !== "HEAD" && isHtml(res));
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);

  res.writeHead = function writeHead(statusCode: number, ...rest: unknown[]) {
    // Apply status and headers now (so the decision sees the content type), send them later.
    res.statusCode = statusCode;
    if (typeof rest[0] === "string") res.statusMessage = rest.shift() as string;
    const headers = rest[0] as OutgoingHttpHeaders | unknown[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2)
        res.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [key, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(key, value);
    }
    if (!decide()) original.writeHead(statusCode);
    return res;
  } as WriteHead;
  res.flushHeaders = () => {
    if (!decide()) original.flushHeaders();
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!decide()) return original.write(chunk, ...rest);
    chunks.push(toBuffer(chunk, rest[0]));
    const callback = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    callback?.();
    return true;
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    if (!decide()) return original.end(...args);
    const callback = args.find((a) => typeof a === "function") as (() => void) | undefined;
    if (args[0] !== undefined && typeof args[0] !== "function") chunks.push(toBuffer(args[0], args[1]));
    void finish(callback);
    return res;
  }) as ServerResponse["end"];

  async function finish(callback?: () => void) {
    const html = Buffer.concat(chunks);
    res.setHeader("Content-Security-Policy", policyFor(inlineScriptHashes(html.toString("utf8"))));
    beforeHead?.();
    let body = html;
    const acceptsGzip = /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
    if (acceptsGzip && !res.getHeader("content-encoding") && html.length > 1024) {
      body = await gzipAsync(html);
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Vary", [res.getHeader("vary"), "Accept-Encoding"].filter(Boolean).join(", "));
    }
    res.setHeader("Content-Length", body.length);
    res.removeHeader("Transfer-Encoding");
    // Node's end() would call res.writeHead (ours, which holds); send the head explicitly first.
    original.writeHead(res.statusCode);
    original.end(body, callback);
  }
}
