import { describe, expect, it } from "vitest";
import { emailSignInSchema, returnPathSchema } from "@/lib/auth/schema";

describe("return path after sign-in", () => {
  it("keeps same-site paths", () => {
    expect(returnPathSchema.parse("/beheer/inwoners?q=an")).toBe("/beheer/inwoners?q=an");
  });

  it.each(["https://evil.example", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", ""])(
    "refuses %j and falls back to /mijn",
    (value) => {
      expect(returnPathSchema.parse(value)).toBe("/mijn");
    },
  );

  it("normalises the e-mail address and explains a bad one in Dutch", () => {
    expect(emailSignInSchema.parse({ email: "  An.Peeters@Example.BE " }).email).toBe(
      "an.peeters@example.be",
    );
    const result = emailSignInSchema.safeParse({ email: "an.peeters" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/geldig e-mailadres/);
  });
});
