import { describe, expect, it } from "vitest";
import { formDataToObject, stringsAt, submittedValues, valueAt } from "@/lib/forms/form-data";

const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("formDataToObject", () => {
  it("nests dotted names into objects and numbered segments into arrays", () => {
    const out = formDataToObject(
      form([
        ["lines.0.item", "stoel"],
        ["lines.0.quantity", "40"],
        ["lines.1.item", "tafel"],
        ["address.postcode", "8750"],
      ]),
    );
    expect(out).toEqual({
      lines: [{ item: "stoel", quantity: "40" }, { item: "tafel" }],
      address: { postcode: "8750" },
    });
  });

  it("collects a name sent several times (a checkbox group) into an array, in order", () => {
    expect(
      formDataToObject(
        form([
          ["dayParts", "VM"],
          ["dayParts", "NM"],
          ["dayParts", "AV"],
        ]),
      ),
    ).toEqual({
      dayParts: ["VM", "NM", "AV"],
    });
  });

  it("closes the gap a removed repeating row leaves", () => {
    const out = formDataToObject(
      form([
        ["rows.0.name", "a"],
        ["rows.2.name", "c"],
      ]),
    );
    expect(out.rows).toEqual([{ name: "a" }, { name: "c" }]);
  });

  it("skips the framework's action fields and an empty file input, keeps a chosen file", () => {
    const photo = new File([new Uint8Array([1, 2, 3])], "foto.jpg", { type: "image/jpeg" });
    const out = formDataToObject(
      form([
        ["$ACTION_ID_abc", ""],
        ["empty", new File([], "")],
        ["photo", photo],
      ]),
    );
    expect(Object.keys(out)).toEqual(["photo"]);
    expect(out.photo).toBeInstanceOf(File);
  });

  it("ignores prototype-polluting names", () => {
    const out = formDataToObject(
      form([
        ["__proto__.admin", "true"],
        ["constructor.prototype.x", "1"],
      ]),
    );
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(out).toEqual({});
  });
});

describe("submittedValues", () => {
  it("gives back everything but files and the honeypot", () => {
    const out = submittedValues(
      form([
        ["name", "An"],
        ["website", "spam"],
        ["kinds", "MELDING"],
        ["kinds", "VRAAG"],
        ["photo", new File([new Uint8Array([1])], "a.png")],
      ]),
    );
    expect(out).toEqual({ name: "An", kinds: ["MELDING", "VRAAG"] });
  });
});

describe("valueAt and stringsAt", () => {
  const values = { lines: [{ quantity: "3" }], kinds: ["A", "B"], one: "x" };
  it("read a value by field path", () => {
    expect(valueAt(values, "lines.0.quantity")).toBe("3");
    expect(valueAt(values, "lines.4.quantity")).toBeUndefined();
  });
  it("give the strings a control shows, one or several", () => {
    expect(stringsAt(values, "kinds")).toEqual(["A", "B"]);
    expect(stringsAt(values, "one")).toEqual(["x"]);
    expect(stringsAt(values, "missing")).toEqual([]);
  });
});
