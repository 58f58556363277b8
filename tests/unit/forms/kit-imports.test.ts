// A server component that imports the form kit's index pulls every client part of the kit
// (react-hook-form, the fields, the Form) into its page's JavaScript, even for a summary list:
// /melden carried 20 kB of form code it did not use. Modules without "use client" import the
// part they need from its own file (components/ui/form/summary-list, …).
import { describe, expect, it } from "vitest";
import { readSource, sources } from "@/tests/support/source-files";

const isClientModule = (text: string) => /^\s*["']use client["']/.test(text);
const importsKitIndex = (text: string) => /from\s+["']@\/components\/ui\/form["']/.test(text);

describe("imports of the form kit", () => {
  it("no server module imports the kit's index (which would ship the whole kit to the browser)", () => {
    const offenders = [...sources("app"), ...sources("components")].filter((file) => {
      const text = readSource(file);
      return !isClientModule(text) && importsKitIndex(text);
    });
    expect(offenders).toEqual([]);
  });

  it("recognises a server module importing the index and a client module doing the same", () => {
    const server = 'import { SummaryList } from "@/components/ui/form";\n';
    const client = `"use client";\n${server}`;
    expect(!isClientModule(server) && importsKitIndex(server)).toBe(true);
    expect(!isClientModule(client) && importsKitIndex(client)).toBe(false);
  });
});
