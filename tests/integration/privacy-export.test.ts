// The right of access: a resident's export holds their own rows from every domain and nothing of
// another resident, as JSON and as a readable PDF.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { renderPdf } from "@/lib/pdf/render";
import { getPdfIdentity } from "@/lib/municipality/queries";
import { collectPersonalData, exportJson } from "@/lib/privacy/export";
import { personalDataSpec } from "@/lib/privacy/pdf";
import { testNationalNumber } from "@/tests/support/national-number";
import { pdfPages } from "@/tests/support/pdf-text";
import { seed } from "@/prisma/seed";

beforeAll(async () => {
  await seed(db);
});

async function residentWithData(name: string) {
  const tag = randomUUID().slice(0, 8);
  const user = await db.user.create({
    data: {
      name: `${name} ${tag}`,
      email: `${name.toLowerCase()}-${tag}@example.be`,
      phone: `0470 ${tag.slice(0, 6)}`,
      street: `${name}straat`,
      houseNumber: "1",
      postcode: "8750",
      city: "Wingene",
      householdMembers: {
        create: { firstName: `Kind${tag}`, lastName: name, birthDate: new Date("2018-05-01") },
      },
    },
  });
  await db.order.create({
    data: {
      number: `T-${tag}`,
      holdReference: `privacy-${tag}`,
      accessToken: `token-${tag}`,
      buyerUserId: user.id,
      buyerName: user.name!,
      buyerEmail: user.email,
      totalCents: 1234,
      lines: {
        create: {
          itemType: "test",
          itemId: tag,
          description: `Regel van ${name} ${tag}`,
          quantity: 1,
          unitCents: 1234,
          tariffCode: "X",
          tariffLabel: "Normaal",
          totalCents: 1234,
        },
      },
    },
  });
  await db.auditLog.create({ data: { actorId: user.id, onBehalfOfId: user.id, action: "profile.updated" } });
  return { user, tag };
}

describe("downloading one's data", () => {
  it("holds A's profile, household, orders and audit entries, and nothing of resident B", async () => {
    const a = await residentWithData("Anna");
    const b = await residentWithData("Bert");
    const data = await collectPersonalData(a.user.id);
    const json = exportJson(data!);
    const parsed = JSON.parse(json) as Record<string, unknown[]>;

    expect(parsed.profile).toEqual([expect.objectContaining({ name: a.user.name, email: a.user.email })]);
    expect(parsed.household).toEqual([expect.objectContaining({ firstName: `Kind${a.tag}` })]);
    expect(parsed.orders).toEqual([expect.objectContaining({ number: `T-${a.tag}`, totalCents: 1234 })]);
    expect(parsed.audit).toEqual([expect.objectContaining({ action: "Gegevens van een inwoner gewijzigd" })]);
    expect(json).not.toContain(b.tag);
    expect(json).not.toContain("token-");

    const pdf = await renderPdf(personalDataSpec(data!, a.user.name!), await getPdfIdentity());
    const page = (await pdfPages(pdf)).join("\n");
    expect(page).toContain(a.user.email!);
    expect(page).toContain("01/05/2018");
    expect(page).toContain(`Regel van Anna ${a.tag}`);
    expect(page).not.toContain(b.tag);
  });

  it("holds the staff-recorded national number masked, as on every screen", async () => {
    const a = await residentWithData("Carla");
    const nationalNumber = testNationalNumber();
    const recordedAt = new Date("2026-11-20T10:00:00Z");
    await db.residentVerification.create({
      data: { userId: a.user.id, nationalNumber, nationalNumberAt: recordedAt },
    });
    const json = exportJson((await collectPersonalData(a.user.id))!);
    const parsed = JSON.parse(json) as Record<string, unknown[]>;
    expect(parsed.residentVerification).toEqual([
      expect.objectContaining({
        nationalNumber: `${nationalNumber.slice(0, 2)}.${nationalNumber.slice(2, 4)}.${nationalNumber.slice(4, 6)}-***.**`,
        nationalNumberAt: recordedAt.toISOString(),
      }),
    ]);
    expect(json).not.toContain(nationalNumber);
  });

  it("gives nothing for an id that is no user", async () => {
    expect(await collectPersonalData("bestaat-niet")).toBeNull();
  });
});
