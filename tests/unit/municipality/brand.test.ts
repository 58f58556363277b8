import { describe, expect, it } from "vitest";
import { MIN_CONTRAST, brandColorProblem, brandPalette, contrast } from "@/lib/municipality/brand";
import { identitySchema } from "@/lib/municipality/schema";

describe("the brand colour as data", () => {
  it("computes the WCAG contrast of black on white as 21 and of a colour on itself as 1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#0b5e3b", "#0b5e3b")).toBe(1);
  });

  it("mixes lighter shades below and darker ones above the brand colour itself", () => {
    const p = brandPalette("#0B5E3B");
    expect(p["--color-brand-700"]).toBe("#0b5e3b");
    const onWhite = (v: string) => contrast(v, "#ffffff");
    const order = ["50", "100", "600", "700", "800", "900"].map((s) =>
      onWhite(p[`--color-brand-${Number(s)}`]),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("accepts Wingene's green, whose white text and links read at 4.5 to 1 or better on every shade used", () => {
    expect(brandColorProblem("#0b5e3b")).toBeNull();
    const p = brandPalette("#0b5e3b");
    expect(contrast(p["--color-brand-700"], p["--color-brand-50"])).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrast(p["--color-brand-800"], "#ffffff")).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it("refuses a light colour with the contrast it reached, in Dutch", () => {
    expect(brandColorProblem("#f2b705")).toMatch(/te licht.*1,\d tegen minstens 4,5/);
  });

  it("refuses what is not a #rrggbb colour instead of putting it in the page's style", () => {
    expect(brandColorProblem("red; background:url(x)")).toMatch(/zes tekens/);
    expect(() => brandPalette("red")).toThrow(RangeError);
  });
});

describe("the identity form's schema", () => {
  it("keeps a dark colour typed in capitals as lower-case #rrggbb", () => {
    const parsed = identitySchema.safeParse({
      tagline: "Hier is elke inwoner koning",
      brandColor: " #1D4ED8 ",
    });
    expect(parsed.success && parsed.data.brandColor).toBe("#1d4ed8");
  });

  it("refuses a light colour on the colour field, with the reason", () => {
    const parsed = identitySchema.safeParse({ tagline: "Slogan", brandColor: "#ffcc00" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ["brandColor"],
      message: expect.stringMatching(/te licht/),
    });
  });
});
