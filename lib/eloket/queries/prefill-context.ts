// What the portal knows about the signed-in resident, for the engine's prefill and its options:
// their profile and household as Mijn Wingene reads them (lib/residents), the associations they
// are an officer of (the organisers they may name) and the municipality's halls.
import "server-only";
import { type PrefillContext, associationOfOption } from "@/lib/form-engine";
import { listHalls } from "@/lib/halls/queries/catalogue";
import { getAssociationNames, getHousehold, getMemberships, getProfile } from "@/lib/residents/queries";

export async function prefillContextFor(
  userId: string,
  associationName: string | null,
): Promise<PrefillContext> {
  const [user, household, memberships, halls] = await Promise.all([
    getProfile(userId),
    getHousehold(userId),
    getMemberships(userId),
    listHalls(),
  ]);
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
    // Re-read per request (rule 3): a revoked officer can no longer choose the association.
    officerOf: memberships
      .filter((m) => m.role === "MANAGER")
      .map((m) => ({ id: m.association.id, name: m.association.name })),
    halls: halls.map((h) => ({ slug: h.slug, name: `${h.name} (${h.village})` })),
  };
}

/**
 * The options a stored case's answers name, for showing it to someone else than the person who
 * filled it in (staff, an advisor): the association named as organiser and the halls, so the
 * summary reads "Jeugdhuis De Kluis", not an id.
 */
export async function optionsContextForAnswers(answers: Record<string, unknown>): Promise<PrefillContext> {
  const associationIds = Object.values(answers)
    .map(associationOfOption)
    .filter((id): id is string => id !== null);
  const [associations, halls] = await Promise.all([
    associationIds.length ? getAssociationNames(associationIds) : Promise.resolve([]),
    listHalls(),
  ]);
  return {
    officerOf: associations,
    halls: halls.map((h) => ({ slug: h.slug, name: `${h.name} (${h.village})` })),
  };
}
