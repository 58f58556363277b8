// Demo residents whose address staff "saw on the eID at the desk": the basis of the resident tariff
// (lib/residents/verification.ts). Everyone in the demo living in Wingene or Ruiselede's postcodes;
// a user who types such a postcode later gets no verification from it.
import type { Db } from "@/lib/db/client";
import { DEMO_NATIONAL_NUMBERS } from "@/lib/register/demo";

const MUNICIPALITY_POSTCODES = ["8750", "8755"];

export async function seedResidentVerifications(db: Db): Promise<void> {
  const residents = await db.user.findMany({
    where: {
      email: { endsWith: "@example.be" },
      postcode: { in: MUNICIPALITY_POSTCODES },
      staffRoles: { none: {} },
    },
    select: { id: true },
  });
  await db.residentVerification.createMany({
    data: residents.map((u) => ({ userId: u.id })),
    skipDuplicates: true,
  });
  // As if staff read it from the eID: the key to the demo's practice register (lib/register/demo.ts).
  for (const [email, nationalNumber] of Object.entries(DEMO_NATIONAL_NUMBERS))
    await db.residentVerification.updateMany({
      where: { user: { email }, nationalNumber: null },
      data: { nationalNumber, nationalNumberAt: new Date() },
    });
}
