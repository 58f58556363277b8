// The server actions and route handlers of the production build, read from Next's manifests, and a
// way to call an action as React's client does (the `Next-Action` header and an encoded reply), so
// a test gets Next's own answer: 303-less redirect header, 403 for forbidden(), 200 with the result.
import { readFileSync } from "node:fs";
import path from "node:path";
import { multipart, raw, type RawAnswer, e2eOrigin } from "./raw-http";

export type BuiltAction = {
  id: string;
  /** "lib/halls/actions.ts#cancelMyBooking": the key of its row in tests/authorization/matrix.ts. */
  key: string;
  /** A page of the build that carries the action, as an address to post to. */
  page: string;
};

type ManifestEntry = {
  workers: Record<string, { filename?: string; exportedName?: string }>;
  filename?: string;
  exportedName?: string;
};

const built = (file: string) => path.join(process.cwd(), ".next", "server", file);

/** "app/beheer/zalen/[id]/page" → "/beheer/zalen/bestaat-niet"; route groups dropped. */
export function addressOfEntry(entry: string): string {
  const segments = entry
    .replace(/^app/, "")
    .replace(/\/(page|route)$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith("[") ? "bestaat-niet" : s));
  return `/${segments.join("/")}`;
}

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(built("server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  // "use cache" functions are server references too, but no page hands them to a browser.
  const actions = Object.entries(manifest.node).filter(
    ([, entry]) => !(entry.exportedName ?? "").startsWith("$$RSC_SERVER_CACHE"),
  );
  return actions.map(([id, entry]) => {
    const workers = Object.entries(entry.workers);
    const named = entry.filename ? entry : (workers.map(([, w]) => w).find((w) => w.filename) ?? entry);
    if (!named.filename || !named.exportedName)
      throw new Error(`Actie ${id} heeft geen bestandsnaam of exportnaam in het manifest`);
    // Pages only (a route handler cannot receive an action), the fewest dynamic segments first.
    const pages = workers
      .map(([name]) => name)
      .filter((name) => name.endsWith("/page"))
      .sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0) || a.length - b.length);
    if (pages.length === 0) throw new Error(`Actie ${named.exportedName} hangt aan geen enkele pagina`);
    return { id, key: `${named.filename}#${named.exportedName}`, page: addressOfEntry(pages[0]) };
  });
}

/** Every route handler of the build, as its folder path: "/api/bestanden/[id]". */
export function builtRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(built("app-paths-manifest.json"), "utf8")) as Record<
    string,
    string
  >;
  return Object.keys(manifest)
    .filter((key) => key.endsWith("/route"))
    .map((key) => key.replace(/\/route$/, "").replace(/\/\([^/)]*\)/g, ""))
    .filter((route) => route !== "/_not-found")
    .sort();
}

export type ActionAnswer = {
  status: number;
  headers: RawAnswer["headers"];
  /** Where the action redirected to, if it did (`x-action-redirect`). */
  redirect: string | null;
  /** The action's ActionResult when it returned one. */
  result: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;
  body: string;
};

/**
 * Calls `action` as `useActionState` does: arguments (previous state, FormData) encoded the way
 * React's encodeReply encodes them (root "0", the FormData's entries prefixed "_1_").
 */
export async function callAction(
  action: Pick<BuiltAction, "id" | "page">,
  fields: [string, string][],
  cookie?: string,
  headers: Record<string, string> = {},
): Promise<ActionAnswer> {
  // The FormData's entries before the root, in that order, as encodeReply writes them: the server
  // decodes while the body streams in and resolves "$K1" from the entries already read.
  const { body, contentType } = multipart([
    ...fields.map(([name, value]): [string, string] => [`_1_${name}`, value]),
    ["0", JSON.stringify([null, "$K1"])],
  ]);
  const answer: RawAnswer = await raw(action.page, {
    method: "POST",
    headers: {
      origin: e2eOrigin(),
      accept: "text/x-component",
      "next-action": action.id,
      "content-type": contentType,
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body,
  });
  const redirectHeader = answer.headers["x-action-redirect"];
  const resultLine = answer.body.split("\n").find((line) => /^[0-9a-f]+:\{"ok":(true|false)/.test(line));
  return {
    status: answer.status,
    headers: answer.headers,
    redirect: typeof redirectHeader === "string" ? redirectHeader.split(";")[0] : null,
    result: resultLine ? JSON.parse(resultLine.slice(resultLine.indexOf(":") + 1)) : null,
    body: answer.body,
  };
}
