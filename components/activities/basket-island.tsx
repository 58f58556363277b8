// Per visitor: a signed-in parent with children gets the form to put them in the basket; others
// get a sign-in link or a link to add children. Rendered per request (the page is a blocking route).
import Link from "next/link";
import { getActor } from "@/lib/auth/actor";
import { myChildren } from "@/lib/activities/queries/mine";
import { AddToBasket } from "./add-to-basket";
import { SignInToRegister } from "./sign-in-to-register";

export async function BasketIsland({
  sessions,
  slug,
}: {
  sessions: { id: string; label: string }[];
  slug: string;
}) {
  const actor = await getActor();
  if (!actor) return <SignInToRegister slug={slug} />;
  const children = await myChildren(actor.userId);
  if (children.length === 0)
    return (
      <p>
        Voeg eerst je kinderen toe bij <Link href="/mijn/gezin">Mijn gezin</Link>.
      </p>
    );
  return (
    <AddToBasket sessions={sessions} kids={children.map((c) => ({ id: c.id, firstName: c.firstName }))} />
  );
}
