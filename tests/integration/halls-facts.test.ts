// Staff create a hall and change its facts: validated with Dutch messages per field, audited, and a
// new hall is not bookable until it has tariffs.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveHallFacts } from "@/lib/halls/commands/hall-facts";
import { hallFactsSchema } from "@/lib/halls/schema/hall-facts";
import { loadHalls } from "@/lib/halls/queries/catalogue";
import { seed } from "@/prisma/seed";
import { hall, resident } from "./halls-fixtures";

beforeAll(async () => {
  await seed(db);
});

const fields = (overrides: Record<string, string> = {}) => ({
  name: `Jeugdlokaal ${randomUUID().slice(0, 8)}`,
  kind: "Jeugdlokaal",
  village: "Zwevezele",
  street: "Kerkstraat 3",
  postcode: "8750",
  city: "Wingene",
  capacity: "40",
  description: "Lokaal voor jeugdwerkingen met een keukentje.",
  facilities: "Keukentje\n\nWifi\n",
  rules: "Opruimen na gebruik.",
  rentalUnit: "HOURLY",
  opensAt: "09:00",
  closesAt: "22:00",
  deposit: "75",
  requiresApproval: "on",
  ...overrides,
});

const issues = (input: Record<string, string>) => {
  const result = hallFactsSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("hall facts", () => {
  it("creates a hall with a free slug, audited, listed but without tariffs", async () => {
    const staff = await resident();
    const input = hallFactsSchema.parse(fields({ name: "Zaal Ökonoom" }));
    const first = await saveHallFacts(input, staff.id);
    const second = await saveHallFacts(
      hallFactsSchema.parse(fields({ name: "Zaal Okonoom!" })),
      staff.id,
    ).catch((e: unknown) => e);
    expect(first).toMatchObject({
      slug: "zaal-okonoom",
      village: "Zwevezele",
      capacity: 40,
      facilities: ["Keukentje", "Wifi"],
      rentalUnit: "HOURLY",
      opensAtMinutes: 540,
      closesAtMinutes: 1320,
      depositCents: 7500,
      requiresApproval: true,
    });
    // A different name that makes the same slug gets a numbered one.
    expect(second).toMatchObject({ slug: "zaal-okonoom-2" });
    const listed = (await loadHalls()).find((h) => h.id === first.id);
    expect(listed?.tariffs).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: first.id } });
    expect(audit).toMatchObject({ action: "hall.created", actorId: staff.id });
  });

  it("edits an existing hall's facts and keeps its tariffs, deposit and bookings", async () => {
    const staff = await resident();
    const h = await hall();
    const saved = await saveHallFacts(
      hallFactsSchema.parse(
        fields({ hallId: h.id, name: `${h.name} (vernieuwd)`, rentalUnit: "DAY_PART", deposit: "" }),
      ),
      staff.id,
    );
    expect(saved).toMatchObject({
      id: h.id,
      slug: h.slug,
      kind: "Jeugdlokaal",
      capacity: 40,
      depositCents: 20000,
    });
    expect(await db.hallTariff.count({ where: { hallId: h.id } })).toBe(3);
    const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: h.id, action: "hall.updated" } });
    expect(audit.actorId).toBe(staff.id);
  });

  it("refuses a name another hall already has, next to the name; nothing changes", async () => {
    const staff = await resident();
    const [a, b] = await Promise.all([hall(), hall()]);
    await expect(
      saveHallFacts(hallFactsSchema.parse(fields({ hallId: b.id, name: a.name.toUpperCase() })), staff.id),
    ).rejects.toMatchObject({ field: "name", message: "Er is al een zaal met deze naam." });
    expect((await db.hall.findUniqueOrThrow({ where: { id: b.id } })).name).toBe(b.name);
  });

  it("explains bad input per field in Dutch", () => {
    expect(
      issues(
        fields({
          name: "",
          village: "Brugge",
          postcode: "87500",
          capacity: "veel",
          description: "kort",
          deposit: "-5",
          facilities: "x".repeat(81),
        }),
      ),
    ).toEqual({
      name: "Geef de zaal een naam.",
      village: "Kies de deelgemeente.",
      postcode: "Een Belgische postcode heeft vier cijfers.",
      capacity: "Vul een aantal personen in (1 tot 5000).",
      description: "Beschrijf de zaal in een paar zinnen.",
      facilities: "Hoogstens 20 voorzieningen, elk op een eigen regel van hoogstens 80 tekens.",
      deposit: "Vul een bedrag in euro in, bijvoorbeeld 150.",
    });
    expect(issues(fields({ opensAt: "22:00", closesAt: "09:00" }))).toEqual({
      closesAt: "Het sluitingsuur moet minstens een uur na het openingsuur liggen.",
    });
    // A hall that rents by day part needs no opening hours.
    expect(issues(fields({ rentalUnit: "DAY_PART", opensAt: "", closesAt: "" }))).toEqual({});
    expect(issues(fields({ opensAt: "9u" }))).toMatchObject({
      opensAt: expect.stringMatching(/openingsuur/),
    });
  });
});
