// instrumentation-client.ts turns zod's compilation off through the global zod keeps its
// configuration in, before any schema module loads; if a zod upgrade moves that global, the
// browser would probe `new Function` again and report CSP violations on every form page.
import { describe, expect, it, vi } from "vitest";

describe("zod's jitless switch set from instrumentation-client", () => {
  it("zod loaded after the script reads jitless and builds object schemas without new Function", async () => {
    vi.resetModules();
    delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig;
    await import("@/instrumentation-client");
    const FunctionBefore = globalThis.Function;
    const constructed = vi.fn();
    globalThis.Function = new Proxy(FunctionBefore, {
      construct(target, args) {
        constructed();
        return Reflect.construct(target, args);
      },
    });
    try {
      const { config } = await import("zod/v4/core");
      const { z } = await import("zod");
      expect(config().jitless).toBe(true);
      const schema = z.object({ name: z.string(), age: z.number() });
      expect(schema.parse({ name: "An", age: 9 })).toEqual({ name: "An", age: 9 });
      expect(constructed).not.toHaveBeenCalled();
    } finally {
      globalThis.Function = FunctionBefore;
    }
  });
});
