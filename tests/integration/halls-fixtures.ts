// Test halls, residents and associations for the hall-rental integration tests.
import { randomUUID } from "node:crypto";
import { brusselsInstant } from "@/lib/be/time";
import { db } from "@/lib/db";

export async function hall(options: { requiresApproval?: boolean; unit?: "DAY_PART" | "HOURLY" } = {}) {
  const slug = `zaal-${randomUUID()}`;
  return db.hall.create({
    data: {
      slug,
      name: `Testzaal ${slug.slice(5, 11)}`,
      kind: "Feestzaal",
      village: "Wingene",
      street: "Markt 1",
      postcode: "8750",
      city: "Wingene",
      capacity: 100,
      description: "Test",
      facilities: [],
      rules: "Geen",
      photoUrl: "/zalen/feestzaal.svg",
      photoAlt: "Zaal",
      rentalUnit: options.unit ?? "DAY_PART",
      requiresApproval: options.requiresApproval ?? true,
      depositCents: 20000,
      tariffs: {
        create: [
          {
            category: "RECOGNISED_ASSOCIATION",
            unitCents: 5000,
            bookingWindowMonths: 12,
            invoiceAllowed: true,
          },
          { category: "LOCAL_ASSOCIATION", unitCents: 10000, bookingWindowMonths: 12 },
          { category: "RESIDENT", unitCents: 15000, bookingWindowMonths: 6 },
        ],
      },
      cancellationRules: {
        create: [
          { minDaysBefore: 0, feePercent: 100, minimumCents: 2500 },
          { minDaysBefore: 14, feePercent: 50, minimumCents: 2500 },
        ],
      },
    },
  });
}

/** A renter staff verified as living in Wingene (the resident tariff's basis), unless told otherwise. */
export async function resident(postcode = "8750", verified = true) {
  return db.user.create({
    data: {
      email: `zaal-${randomUUID()}@example.be`,
      name: "Zaal Huurder",
      postcode,
      city: "Wingene",
      ...(verified ? { residentVerification: { create: {} } } : {}),
    },
  });
}

export async function association(userId: string, recognised = true) {
  return db.association.create({
    data: {
      slug: `vereniging-${randomUUID()}`,
      name: "Testvereniging",
      recognised,
      members: { create: { userId, role: "MANAGER" } },
    },
  });
}

/** An evening booking (18–23 h) of a resident, written directly: for tests about what reads bookings. */
export function eveningBooking(
  hallId: string,
  userId: string,
  day: string,
  status: "APPROVED" | "CANCELLED" = "APPROVED",
) {
  return db.hallBooking.create({
    data: {
      hallId,
      userId,
      category: "RESIDENT",
      startsAt: brusselsInstant(day, 18 * 60),
      endsAt: brusselsInstant(day, 23 * 60),
      status,
      slotLabel: "Avond",
      units: 1,
      unitCents: 15000,
      priceCents: 15000,
      depositCents: 0,
      tariffLabel: "Inwoner",
      purpose: "Feest",
    },
  });
}
