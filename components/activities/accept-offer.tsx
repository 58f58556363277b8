"use client";
// One click on the offer page: the offered place becomes the child's, with an order to pay.
import { Form, SubmitButton } from "@/components/ui/form";
import { acceptActivityOffer } from "@/lib/activities/actions";
import { offerSchema } from "@/lib/activities/schema";

export function AcceptOffer({ token }: { token: string }) {
  return (
    <Form action={acceptActivityOffer} schema={offerSchema} label="Plaats aanvaarden">
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Plaats aanvaarden en betalen</SubmitButton>
    </Form>
  );
}
