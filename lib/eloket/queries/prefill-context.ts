// What the portal knows about the signed-in resident, for the engine's prefill: their profile and
// household as Mijn Wingene reads them (lib/residents).
import "server-only";
import type { PrefillContext } from "@/lib/form-engine";
import { getHousehold, getProfile } from "@/lib/residents/queries";

export async function prefillContextFor(
  userId: string,
  associationName: string | null,
): Promise<PrefillContext> {
  const [user, household] = await Promise.all([getProfile(userId), getHousehold(userId)]);
  if (!user) return {};
  const { street, houseNumber, box, postcode, city } = user;
  const address =
    street && houseNumber && postcode && city
      ? { street, houseNumber, box: box ?? undefined, postcode, city }
      : null;
  return {
    name: user.name,
    email: user.email,
    phone: user.phone,
    address,
    associationName,
    household: household.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` })),
  };
}
