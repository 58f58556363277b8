// `npm run check:js-budget`: the JavaScript a browser downloads on the first visit of each public page
// of the production build, gzipped, against the budget of issue 16 (150 kB), and no Node polyfill
// (buffer, stream, crypto) in any client chunk: a module that needs Node belongs on the server
// (`import "server-only"`). Serves the build like bench:pages (throwaway database with the demo
// data), reads each page's <script src> chunks from .next/static and gzips them as a server would.
// Also checks that the hall page anonymous visitors get carries no booking form.
// Exit code 1 on any breach, so CI (or the e2e tier) can run it.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { seed } from "@/prisma/seed";
import { startDatabase } from "./bench/database";
import { fmt, pad } from "./bench/format";
import { publicPages } from "./bench/pages";
import { createRun } from "./bench/resources";
import { startServer } from "./bench/server";

const BUDGET_KB = 150;
const STATIC = path.join(".next", "static");
/** Strings only the browser builds of Node's modules carry. */
const POLYFILLS: [name: string, marker: RegExp][] = [
  ["buffer", /Buffer\.poolSize|ieee754/],
  ["stream", /ReadableState|readable-stream/],
  ["crypto", /createDiffieHellman|browserify-sign|createECDH/],
];
const run = createRun();
const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

function chunksOf(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]+src="\/_next\/static\/([^"?]+)/g)].map((m) => m[1]);
  return [...new Set(srcs)].map((src) => path.join(STATIC, decodeURIComponent(src)));
}

function allChunks(dir = path.join(STATIC, "chunks")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? allChunks(path.join(dir, e.name))
      : e.name.endsWith(".js")
        ? [path.join(dir, e.name)]
        : [],
  );
}

async function main() {
  const db = await startDatabase(run);
  await seed(db.prisma);
  const pages = await publicPages(db.prisma);
  const server = await startServer(run, db.url);
  const failures: string[] = [];
  console.log(`${"pagina".padEnd(18)}${pad("kB gzip", 9)}${pad("chunks", 8)}  pad`);
  for (const page of pages) {
    const html = await fetch(`http://127.0.0.1:${server.port}${page.path}`).then((r) => r.text());
    const chunks = chunksOf(html);
    const kb = chunks.reduce((sum, file) => sum + gzipKb(file), 0);
    const over = kb > BUDGET_KB;
    if (over) failures.push(`${page.path}: ${fmt(kb, 1)} kB gzip, meer dan ${BUDGET_KB} kB`);
    console.log(
      `${page.name.padEnd(18)}${pad(fmt(kb, 1), 9)}${pad(chunks.length, 8)}  ${page.path}${over ? "  TE GROOT" : ""}`,
    );
    if (page.name === "zaal") {
      const withForm = chunks.filter((file) => readFileSync(file, "utf8").includes("Zaal reserveren"));
      if (withForm.length) failures.push(`${page.path}: een anonieme bezoeker krijgt het boekingsformulier`);
    }
  }
  for (const file of allChunks()) {
    const text = readFileSync(file, "utf8");
    for (const [name, marker] of POLYFILLS)
      if (marker.test(text)) failures.push(`${file}: bevat de browserversie van Node's ${name}`);
  }
  console.log(
    `\nbudget: ${BUDGET_KB} kB gzip eerste lading per publieke pagina; geen Node-polyfills in clientcode`,
  );
  if (failures.length) {
    console.log(`\nNIET IN ORDE:\n${failures.map((f) => `- ${f}`).join("\n")}`);
    process.exitCode = 1;
  } else console.log("in orde");
}

main()
  .catch((error) => {
    console.error("[js-budget] mislukt:", error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await run.cleanup();
    process.exit(process.exitCode ?? 0);
  });
