"use client";
// The social tariff's forms (UiTPAS kansentarief): a parent files the number for a child; staff
// confirm (what they checked, the end date) or refuse (a reason) an open request; at the desk,
// seeing the card, staff enter a confirmed claim for the resident's child.
import { DateField, Form, Select, SubmitButton, TextArea, TextField } from "@/components/ui/form";
import { SOCIAL_BASES } from "@/lib/activities/labels";
import {
  confirmSocialTariffAction,
  confirmSocialTariffAtDeskAction,
  refuseSocialTariffAction,
  requestMySocialTariff,
} from "@/lib/activities/social-actions";
import {
  deskSocialClaimSchema,
  socialClaimSchema,
  socialConfirmSchema,
  socialRefuseSchema,
} from "@/lib/activities/social-schema";

const NUMBER_HINT = "De 13 cijfers op de UiTPAS, met of zonder spaties.";
const BASES = SOCIAL_BASES.map((b) => ({ value: b.value, label: b.label }));

function NumberField() {
  return (
    <TextField
      name="uitpasNumber"
      label="UiTPAS-nummer"
      hint={NUMBER_HINT}
      inputMode="numeric"
      autoComplete="off"
    />
  );
}

function DecisionFields() {
  return (
    <>
      <Select name="basis" label="Nagekeken" placeholder="Kies wat je gezien hebt" options={BASES} />
      <DateField name="validUntil" label="Kansenstatuut geldig tot" />
    </>
  );
}

export function SocialTariffRequestForm({ member }: { member: { id: string; firstName: string } }) {
  return (
    <Form
      action={requestMySocialTariff}
      schema={socialClaimSchema}
      label={`Kansentarief voor ${member.firstName} aanvragen`}
      success={(d) =>
        d.changed
          ? `Aangevraagd voor ${d.firstName}: een medewerker van vrije tijd bevestigt het kansentarief.`
          : `Dit nummer is al aangevraagd voor ${d.firstName}.`
      }
    >
      <input type="hidden" name="memberId" value={member.id} />
      <NumberField />
      <SubmitButton kind="secondary">Kansentarief aanvragen</SubmitButton>
    </Form>
  );
}

export function ConfirmSocialTariffForm({ claimId, firstName }: { claimId: string; firstName: string }) {
  return (
    <Form
      action={confirmSocialTariffAction}
      schema={socialConfirmSchema}
      label={`Kansentarief van ${firstName} bevestigen`}
    >
      <input type="hidden" name="claimId" value={claimId} />
      <DecisionFields />
      <SubmitButton>Bevestigen</SubmitButton>
    </Form>
  );
}

export function RefuseSocialTariffForm({ claimId, firstName }: { claimId: string; firstName: string }) {
  return (
    <Form
      action={refuseSocialTariffAction}
      schema={socialRefuseSchema}
      label={`Kansentarief van ${firstName} weigeren`}
    >
      <input type="hidden" name="claimId" value={claimId} />
      <TextArea name="reason" label="Reden" hint="De ouder ziet deze reden in Mijn gezin." />
      <SubmitButton kind="secondary">Weigeren</SubmitButton>
    </Form>
  );
}

export function DeskSocialTariffForm({
  residentId,
  kids,
}: {
  residentId: string;
  kids: { id: string; firstName: string }[];
}) {
  return (
    <Form
      action={confirmSocialTariffAtDeskAction}
      schema={deskSocialClaimSchema}
      label="Kansentarief bevestigen"
      success={(d) => `Het kansentarief van ${d.firstName} is bevestigd.`}
    >
      <input type="hidden" name="residentId" value={residentId} />
      <Select
        label="Kind"
        name="memberId"
        placeholder="Kies een kind"
        options={kids.map((c) => ({ value: c.id, label: c.firstName }))}
      />
      <NumberField />
      <DecisionFields />
      <SubmitButton kind="secondary">Kansentarief bevestigen</SubmitButton>
    </Form>
  );
}
