// What the portal knows about the signed-in resident, for the engine's prefill.
import "server-only";
import { db } from "@/lib/db";
import type { PrefillContext } from "@/lib/form-engine";

export async function prefillContextFor(
  userId: string,
  associationName: string | null,
): Promise<PrefillContext> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      phone: true,
      street: true,
      houseNumber: true,
      box: true,
      postcode: true,
      city: true,
      householdMembers: {
        select: { id: true, firstName: true, lastName: true },
        orderBy: { birthDate: "asc" },
      },
    },
  });
  if (!user) return {};
  const address =
    user.street && user.houseNumber && user.postcode && user.city
      ? {
          street: user.street,
          houseNumber: user.houseNumber,
          box: user.box ?? undefined,
          postcode: user.postcode,
          city: user.city,
        }
      : null;
  return {
    name: user.name,
    email: user.email,
    phone: user.phone,
    address,
    associationName,
    household: user.householdMembers.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` })),
  };
}
