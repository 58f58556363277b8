// The form designer against a real database: a product made by staff, its working copy edited by
// the pure operations, published as version 1 and 2, while a draft on version 1 finishes on it.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitDraft } from "@/lib/eloket/commands/submit";
import { setCondition } from "@/lib/eloket/designer/condition";
import {
  createProduct,
  editWorkingCopy,
  publishWorkingCopy,
  updateProductDetails,
  workingCopy,
} from "@/lib/eloket/designer/commands";
import { addField, addPage, moveField, removeField } from "@/lib/eloket/designer/edit";
import { getFiling } from "@/lib/eloket/queries/filing";
import { parseDefinition } from "@/lib/form-engine";
import { seed } from "@/prisma/seed";
import { resident, save, teamWithStaff } from "./eloket-fixtures";

beforeAll(async () => {
  await seed(db);
});

async function newProduct() {
  const { team, staff } = await teamWithStaff();
  const p = await createProduct(db, staff.id, {
    name: "Premie voor een groendak",
    slug: `groendak-${randomUUID().slice(0, 8)}`,
    teamId: team.id,
    summary: "Een premie voor een nieuw groendak.",
    costText: "Gratis",
    slaDays: 30,
    audiences: ["RESIDENT"],
  });
  return { product: p, staff };
}

describe("the form designer", () => {
  it("creates a product with a starter working copy and no published version", async () => {
    const { product: p, staff } = await newProduct();
    const copy = await workingCopy(db, p.id);
    expect(copy?.isDraft).toBe(true);
    expect(copy?.definition.pages[0]?.fields.map((f) => f.key)).toEqual(["omschrijving"]);
    expect(await db.productFormVersion.count({ where: { productId: p.id } })).toBe(0);
    const audit = await db.auditLog.findFirst({
      where: { subjectId: p.id, action: "eloket.product-created" },
    });
    expect(audit?.actorId).toBe(staff.id);
  });

  it("refuses a second product on the same address, in Dutch", async () => {
    const { product: p, staff } = await newProduct();
    await expect(
      createProduct(db, staff.id, {
        name: "Ander",
        slug: p.slug,
        teamId: p.teamId,
        summary: "x",
        costText: "Gratis",
        slaDays: 5,
        audiences: ["RESIDENT"],
      }),
    ).rejects.toMatchObject({ message: "Er bestaat al een product met dit adres. Kies een ander adres." });
  });

  it("refuses an invalid edit with a Dutch message and keeps the stored working copy", async () => {
    const { product: p, staff } = await newProduct();
    await editWorkingCopy(db, staff.id, p.id, "add-field", (d) =>
      addField(d, "aanvraag", "yesNo", "Plat dak?"),
    );
    await editWorkingCopy(db, staff.id, p.id, "add-field", (d) =>
      addField(d, "aanvraag", "number", "Oppervlakte"),
    );
    await editWorkingCopy(db, staff.id, p.id, "set-condition", (d) =>
      setCondition(d, "oppervlakte", "platDak:ja"),
    );
    const before = (await workingCopy(db, p.id))!.definition;
    await expect(
      editWorkingCopy(db, staff.id, p.id, "move-field", (d) => moveField(d, "oppervlakte", "up")),
    ).rejects.toMatchObject({ message: expect.stringContaining("eerder veld") });
    expect((await workingCopy(db, p.id))!.definition).toEqual(before);
    expect(await db.auditLog.count({ where: { subjectId: p.id, action: "eloket.form-edited" } })).toBe(3);
  });

  it("publishes v1 and v2 from the working copy while a draft on v1 finishes on v1", async () => {
    const { product: p, staff } = await newProduct();
    await editWorkingCopy(db, staff.id, p.id, "add-page", (d) =>
      addPage(d, "Het dak", "yesNo", "Is het dak plat?"),
    );
    const v1 = await publishWorkingCopy(db, staff.id, p.id);
    expect(v1.version).toBe(1);
    expect((await db.product.findUniqueOrThrow({ where: { id: p.id } })).draftDefinition).toBeNull();
    // Reopened without a working copy, the designer starts from the newest published version.
    expect(await workingCopy(db, p.id)).toMatchObject({
      isDraft: false,
      definition: parseDefinition(v1.definition),
    });

    const user = await resident();
    await save(user.id, v1.id, "aanvraag", { omschrijving: "Groendak op de garage" });

    // Version 2 adds a required question to the first page and removes one.
    await editWorkingCopy(db, staff.id, p.id, "add-field", (d) =>
      addField(d, "aanvraag", "text", "Adres van het dak"),
    );
    await editWorkingCopy(db, staff.id, p.id, "add-field", (d) =>
      addField(d, "hetDak", "text", "Dakbedekking"),
    );
    await editWorkingCopy(db, staff.id, p.id, "remove-field", (d) => removeField(d, "isHetDakPlat"));
    const v2 = await publishWorkingCopy(db, staff.id, p.id);
    expect(v2.version).toBe(2);

    // Version 1 is untouched; the resident's draft stays on it and is submitted on it.
    const storedV1 = await db.productFormVersion.findUniqueOrThrow({ where: { id: v1.id } });
    expect(storedV1.definition).toEqual(v1.definition);
    expect((await getFiling(user.id, p.slug, db))?.version.id).toBe(v1.id);
    await save(user.id, v1.id, "hetDak", { isHetDakPlat: "ja" });
    const submitted = await submitDraft(db, { userId: user.id, versionId: v1.id });
    const c = await db.case.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(c.versionId).toBe(v1.id);
    expect(c.answers).toMatchObject({ omschrijving: "Groendak op de garage", isHetDakPlat: true });
    // A new request starts on version 2, which asks the address.
    const next = await getFiling(user.id, p.slug, db);
    expect(next?.version.id).toBe(v2.id);
    expect(next?.version.definition.pages[0]?.fields.map((f) => f.key)).toEqual([
      "omschrijving",
      "adresVanHetDak",
    ]);
    const published = await db.auditLog.findMany({
      where: { subjectId: p.id, action: "eloket.form-published" },
      orderBy: { at: "asc" },
    });
    expect(published.map((a) => a.details)).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it("changes a product's catalogue texts and team, audited, refusing an unknown team", async () => {
    const { product: p, staff } = await newProduct();
    const { team: other } = await teamWithStaff();
    const details = {
      name: "Premie voor een groen dak",
      teamId: other.id,
      summary: "Nieuw",
      costText: "Gratis",
      slaDays: 10,
      audiences: ["RESIDENT" as const, "ASSOCIATION" as const],
    };
    await updateProductDetails(db, staff.id, p.id, details);
    const stored = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored).toMatchObject({ ...details, slug: p.slug });
    expect(await db.auditLog.count({ where: { subjectId: p.id, action: "eloket.product-updated" } })).toBe(1);
    await expect(
      updateProductDetails(db, staff.id, p.id, { ...details, teamId: "bestaat-niet" }),
    ).rejects.toMatchObject({ message: "Kies een team uit de lijst." });
  });

  it("refuses to publish when there is no working copy", async () => {
    const { product: p, staff } = await newProduct();
    await publishWorkingCopy(db, staff.id, p.id);
    await expect(publishWorkingCopy(db, staff.id, p.id)).rejects.toMatchObject({
      message: "Er zijn geen wijzigingen om te publiceren.",
    });
  });
});
