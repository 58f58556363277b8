import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EnginePage } from "@/components/ui/form/engine";
import { formDefinitionSchema } from "@/lib/form-engine";

const hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";

const definition = formDefinitionSchema.parse({
  pages: [
    {
      key: "p",
      title: hostile,
      fields: [
        { key: "info", type: "info", label: hostile, text: hostile },
        { key: "name", type: "text", label: hostile, help: hostile },
        { key: "kind", type: "choice", label: "Soort", options: [{ value: "a", label: hostile }] },
        { key: "more", type: "text", label: "Meer", showWhen: { field: "kind", op: "equals", value: "a" } },
      ],
    },
  ],
});

function render(answers: Record<string, unknown>) {
  return renderToStaticMarkup(
    createElement(EnginePage, {
      definition,
      pageKey: "p",
      answers,
      today: "2026-11-30",
      action: async () => ({ ok: true as const, data: null }),
      hidden: { _page: "p" },
    }),
  );
}

describe("rendering a definition", () => {
  it("shows every text of a definition as text, never as markup", () => {
    const html = render({});
    // (React adds one inline script of its own, the form-replay shim; none comes from the definition.)
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("draws only the fields the answers call for", () => {
    expect(render({})).not.toContain('name="more"');
    expect(render({ kind: "a" })).toContain('name="more"');
  });

  it("uses the kit's fields: labels tied to inputs, the saved answer filled in", () => {
    const html = render({ name: "An Peeters" });
    expect(html).toMatch(/<label[^>]*for="[^"]+-name"/);
    expect(html).toContain('value="An Peeters"');
  });
});
