"use client";
// Part of the basket form: picked up at the depot or delivered by the technical service, with
// the depot's moments or the delivery address and windows. Without JavaScript both sets of
// fields are shown and the server reads the one that goes with the choice; with it, only that one.
import { useWatch } from "react-hook-form";
import { RadioGroup, Select, TextField } from "@/components/ui/form";
import { formatEuro } from "@/lib/be/money";
import { formatMinutes } from "@/lib/be/time";
import { weekdayName } from "@/lib/lending/labels";

export type BasketSlot = {
  id: string;
  kind: "PICKUP" | "RETURN" | "DELIVERY" | "COLLECTION";
  isoWeekday: number;
  startMinutes: number;
  endMinutes: number;
};

/** Delivery as offered: its price, the postcodes served and the items it is for. */
export type DeliveryOffer = { cents: number; postcodes: string[]; items: string[] };

const slotOptions = (slots: BasketSlot[], kind: BasketSlot["kind"]) =>
  slots
    .filter((s) => s.kind === kind)
    .map((s) => ({
      value: s.id,
      label: `${weekdayName(s.isoWeekday)} ${formatMinutes(s.startMinutes)}–${formatMinutes(s.endMinutes)}${s.startMinutes >= 17 * 60 ? " (avond)" : ""}`,
    }));

type Moment = { name: string; label: string; kind: BasketSlot["kind"] };

/** Two moments side by side: out and back (the depot's, or the technical service's). */
function MomentPair({ slots, moments }: { slots: BasketSlot[]; moments: [Moment, Moment] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {moments.map((m) => (
        <Select
          key={m.name}
          label={m.label}
          name={m.name}
          placeholder="Kies een moment"
          options={slotOptions(slots, m.kind)}
        />
      ))}
    </div>
  );
}

const DEPOT_MOMENTS: [Moment, Moment] = [
  { name: "pickupSlotId", label: "Ophaalmoment aan het depot", kind: "PICKUP" },
  { name: "returnSlotId", label: "Terugbrengmoment", kind: "RETURN" },
];
const DELIVERY_MOMENTS: [Moment, Moment] = [
  { name: "deliverySlotId", label: "Leveringsmoment", kind: "DELIVERY" },
  { name: "collectionSlotId", label: "Ophaalmoment van de technische dienst", kind: "COLLECTION" },
];

function DeliveryDetails({ slots, offer }: { slots: BasketSlot[]; offer: DeliveryOffer }) {
  // Not `required` in the HTML: without JavaScript these are shown for a depot loan too.
  const part = { required: false, autoComplete: "off" } as const;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        We leveren alleen in de gemeente (postcode {offer.postcodes.join(" of ")}).
      </p>
      <TextField label="Straat" name="delivery.street" {...part} autoComplete="address-line1" />
      <div className="grid grid-cols-2 gap-4">
        <TextField label="Huisnummer" name="delivery.houseNumber" {...part} />
        <TextField label="Bus" name="delivery.box" optional autoComplete="off" />
      </div>
      <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-4">
        <TextField
          label="Postcode"
          name="delivery.postcode"
          inputMode="numeric"
          {...part}
          autoComplete="postal-code"
        />
        <TextField label="Gemeente" name="delivery.city" {...part} autoComplete="address-level2" />
      </div>
      <MomentPair slots={slots} moments={DELIVERY_MOMENTS} />
    </div>
  );
}

export function HandoverFields({ slots, offer }: { slots: BasketSlot[]; offer: DeliveryOffer | null }) {
  const chosen = useWatch({ name: "handover" }) as string | undefined;
  // No deliverable item: the schema reads a missing choice as the depot.
  if (!offer) return <MomentPair slots={slots} moments={DEPOT_MOMENTS} />;
  return (
    <>
      <RadioGroup
        legend="Ophalen of laten leveren?"
        name="handover"
        defaultValue="DEPOT"
        options={[
          { value: "DEPOT", label: "Afhalen en terugbrengen in het depot" },
          {
            value: "DELIVERY",
            label: "Laten leveren door de technische dienst",
            hint: `${formatEuro(offer.cents)} voor levering en ophaling samen; voor grote stukken: ${offer.items.join(", ").toLowerCase()}.`,
          },
        ]}
      />
      <fieldset className="space-y-4" hidden={chosen === "DELIVERY"}>
        <legend className="text-lg font-semibold">Afhalen in het depot</legend>
        <MomentPair slots={slots} moments={DEPOT_MOMENTS} />
      </fieldset>
      <fieldset className="space-y-4" hidden={chosen === "DEPOT"}>
        <legend className="text-lg font-semibold">Levering door de technische dienst</legend>
        <DeliveryDetails slots={slots} offer={offer} />
      </fieldset>
    </>
  );
}
