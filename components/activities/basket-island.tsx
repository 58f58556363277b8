// Per visitor: a signed-in parent with children gets the form to put them in the basket; others
// get a sign-in link or a link to add children. Rendered per request (the page is a blocking route).
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { myChildren } from "@/lib/activities/queries/mine";

export async function BasketIsland({
  sessions,
  slug,
}: {
  sessions: { id: string; label: string }[];
  slug: string;
}) {
  const actor = await getActor();
  if (!actor)
    return (
      <p>
        <Link href={`/aanmelden?terug=/activiteiten/${slug}`}>Meld je aan</Link> om je kinderen in je mandje
        te zetten.
      </p>
    );
  const children = await myChildren(actor.userId);
  if (children.length === 0)
    return (
      <p>
        Voeg eerst je kinderen toe bij <Link href="/mijn/gezin">Mijn gezin</Link>.
      </p>
    );
  // Imported here, for a parent with children only: a static import would send the form's code
  // (the form kit, zod) to every visitor of the page.
  const { AddToBasket } = await import("./add-to-basket");
  return (
    <AddToBasket sessions={sessions} kids={children.map((c) => ({ id: c.id, firstName: c.firstName }))} />
  );
}
