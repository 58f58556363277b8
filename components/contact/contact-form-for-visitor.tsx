"use client";
// The contact form, filled in with a signed-in resident's name and address once the browser knows
// who is visiting (the page is one cached document for everyone). Someone who already started typing
// keeps what they typed: the form is only filled in before the first keystroke.
import { Suspense, useState } from "react";
import { useAccountSummary } from "@/components/layout/use-account-summary";
import { deferUntilUsed } from "@/components/ui/defer-until-used";

// Most visitors of /contact only read the addresses: the form's code loads when they start on it.
const loadForm = () => import("./contact-form").then((m) => m.ContactForm);
const ContactForm = deferUntilUsed(loadForm, typeof window === "undefined" ? await loadForm() : null);

function ContactFormFilledIn() {
  const account = useAccountSummary();
  const [typedFirst, setTypedFirst] = useState(false);
  const visitor = account?.signedIn && !typedFirst ? account : null;
  return (
    <div onInput={() => account === null && setTypedFirst(true)}>
      <ContactForm
        key={visitor ? "aangemeld" : "anoniem"}
        defaultName={visitor?.name ?? undefined}
        defaultEmail={visitor?.email ?? undefined}
      />
    </div>
  );
}

export function ContactFormForVisitor() {
  return (
    <Suspense fallback={<ContactForm />}>
      <ContactFormFilledIn />
    </Suspense>
  );
}
