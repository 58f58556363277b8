import { describe, expect, it } from "vitest";
import { formDefinitionSchema } from "@/lib/form-engine";
import { eloketProducts } from "@/prisma/seed/eloket-products";

describe("the seeded e-loket products", () => {
  it("are at least eight, each with a definition the engine accepts", () => {
    expect(eloketProducts.length).toBeGreaterThanOrEqual(8);
    for (const p of eloketProducts) {
      const parsed = formDefinitionSchema.safeParse(p.form);
      expect(parsed.error?.issues ?? [], p.slug).toEqual([]);
    }
  });
});
