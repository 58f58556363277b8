// The project's own TypeScript sources under a folder, as paths from the repository root, for the
// tests that check a house rule over every file (kit imports, logging).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

export function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

export const readSource = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
