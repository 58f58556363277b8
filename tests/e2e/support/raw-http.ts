// Plain HTTP to the e2e server, for what a browser cannot do: send from a chosen loopback address
// (127.0.0.2, 127.0.0.3, …) and forge headers such as Host. Forms are posted the way a browser
// without JavaScript posts them: the hidden fields React renders for a server action, as multipart.
import http from "node:http";

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export type RawOptions = {
  method?: "GET" | "POST";
  localAddress?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
};

export function e2eOrigin(): string {
  return `http://localhost:${process.env.E2E_PORT ?? 3100}`;
}

export function raw(path: string, options: RawOptions = {}): Promise<RawAnswer> {
  const url = new URL(path, e2eOrigin());
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? "GET",
        localAddress: options.localAddress,
        headers: { host: url.host, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name.replace(/[$]/g, "\\$")}="([^"]*)"`).exec(tag)?.[1];

/** The hidden fields of the first form in `html` that has an input named `fieldName`. */
export function hiddenFieldsOfFormWith(html: string, fieldName: string): [string, string][] {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((m) =>
    m[1].includes(`name="${fieldName}"`),
  );
  if (!form) throw new Error(`Geen formulier met een veld "${fieldName}"`);
  return [...form[1].matchAll(/<input\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => attribute(tag, "type") === "hidden" && attribute(tag, "name"))
    .map((tag) => [decode(attribute(tag, "name")!), decode(attribute(tag, "value") ?? "")]);
}

export function multipart(fields: [string, string][]): { body: Buffer; contentType: string } {
  const boundary = `----wingene${Date.now().toString(16)}`;
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`, "utf8"),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/**
 * Requests a sign-in link through the /aanmelden form without JavaScript, from `localAddress`, with
 * extra (possibly forged) headers on both requests. Returns the answer to the post.
 */
export async function postSignInForm(email: string, options: RawOptions = {}): Promise<RawAnswer> {
  const page = await raw("/aanmelden", { localAddress: options.localAddress, headers: options.headers });
  const { body, contentType } = multipart([...hiddenFieldsOfFormWith(page.body, "email"), ["email", email]]);
  return raw("/aanmelden", {
    method: "POST",
    localAddress: options.localAddress,
    headers: { origin: e2eOrigin(), ...options.headers, "content-type": contentType },
    body,
  });
}
