// Server code logs through lib/log.ts, which keeps personal data out of the log; a console call
// elsewhere would print an error's fields or a value as it is. (cache/*.mjs are loaded by Next
// without the app's module paths; they print only a PostgreSQL connection error's message.)
import { describe, expect, it } from "vitest";
import { readSource, sources } from "@/tests/support/source-files";

describe("logging", () => {
  it("no module of the app writes to the console but lib/log.ts", () => {
    const offenders = ["app", "components", "lib", "server"]
      .flatMap(sources)
      .filter(
        (file) => file !== "lib/log.ts" && /\bconsole\.(log|info|warn|error|debug)\(/.test(readSource(file)),
      );
    expect(offenders).toEqual([]);
  });
});
