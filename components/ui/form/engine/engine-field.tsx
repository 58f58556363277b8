"use client";
// One field of a form definition, drawn with the kit's own fields: the engine never draws an input
// itself. Every text of a definition (label, help, options, info) is rendered as React text, so a
// definition cannot inject markup or script.
import type { FieldDefinition, FileRef } from "@/lib/form-engine";
import { AddressField } from "../address-field";
import { Checkbox, CheckboxGroup, RadioGroup, Select } from "../choice-fields";
import { FileField } from "../file-field";
import { LocationField } from "../location-field";
import { Repeater } from "../repeater";
import { DateField, NumberField, TextArea, TextField } from "../text-field";

const ACCEPT = { image: "image/jpeg,image/png,image/webp", pdf: "application/pdf" } as const;
const YES_NO = [
  { value: "ja", label: "Ja" },
  { value: "nee", label: "Nee" },
];

export function EngineField({
  field,
  name = field.key,
  today,
  stored,
}: {
  field: FieldDefinition;
  name?: string;
  today: string;
  stored?: unknown;
}) {
  const common = { name, label: field.label, hint: "help" in field ? field.help : undefined };
  const optional = "required" in field ? !field.required : false;
  switch (field.type) {
    case "info":
      return (
        <section aria-label={field.label} className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
          <h3 className="font-semibold">{field.label}</h3>
          {field.text.split(/\n{2,}/).map((block, i) => (
            <p key={i} className="mt-1 whitespace-pre-line">
              {block}
            </p>
          ))}
        </section>
      );
    case "text":
      return <TextField {...common} optional={optional} maxLength={field.maxLength} />;
    case "textarea":
      return <TextArea {...common} optional={optional} maxLength={field.maxLength} />;
    case "number":
      return <NumberField {...common} optional={optional} min={field.min} max={field.max} />;
    case "date":
      return <DateField {...common} optional={optional} min={field.notInPast ? today : undefined} />;
    case "email":
      return <TextField {...common} optional={optional} type="email" autoComplete="email" />;
    case "phone":
      return <TextField {...common} optional={optional} type="tel" autoComplete="tel" />;
    case "iban":
      return (
        <TextField
          {...common}
          optional={optional}
          autoComplete="off"
          spellCheck={false}
          hint={common.hint ?? "Bijvoorbeeld BE68 5390 0754 7034."}
        />
      );
    case "vehiclePlate":
      return (
        <TextField
          {...common}
          optional={optional}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          hint={common.hint ?? "Bijvoorbeeld 1-ABC-123."}
        />
      );
    case "yesNo":
      return (
        <RadioGroup
          name={name}
          legend={field.label}
          hint={common.hint}
          optional={optional}
          options={YES_NO}
          inline
        />
      );
    case "choice":
      if (field.display === "select")
        return <Select {...common} optional={optional} placeholder="Kies …" options={field.options} />;
      if (field.display === "checkboxes")
        return (
          <CheckboxGroup
            name={name}
            legend={field.label}
            hint={common.hint}
            optional={optional}
            options={field.options}
          />
        );
      return (
        <RadioGroup
          name={name}
          legend={field.label}
          hint={common.hint}
          optional={optional}
          options={field.options}
        />
      );
    case "address":
      return <AddressField name={name} legend={field.label} hint={common.hint} optional={optional} />;
    case "location":
      return <LocationField name={name} legend={field.label} hint={common.hint} required={field.required} />;
    case "signature":
      return (
        <Checkbox name={name} label={field.statement} hint={common.hint ?? `Ondertekenen: ${field.label}`} />
      );
    case "file": {
      const kept = Array.isArray(stored) ? (stored as FileRef[]) : [];
      const hint = [
        common.hint,
        kept.length
          ? `Al toegevoegd: ${kept.map((f) => f.name).join(", ")}. Kies een nieuw bestand om het te vervangen.`
          : undefined,
      ]
        .filter(Boolean)
        .join(" ");
      return (
        <FileField
          name={name}
          label={field.label}
          hint={hint || undefined}
          optional={optional || kept.length > 0}
          accept={field.kinds.map((k) => ACCEPT[k]).join(",")}
          multiple={field.maxFiles > 1}
        />
      );
    }
    case "group":
      return (
        <Repeater
          name={name}
          legend={field.label}
          hint={common.hint}
          rowLabel={(i) => `${field.itemLabel} ${i}`}
          addLabel={`${field.itemLabel} toevoegen`}
          initialRows={Array.isArray(stored) ? stored.length : 0}
          max={field.maxItems}
          renderRow={(prefix) =>
            field.fields.map((sub) => (
              <EngineField key={sub.key} field={sub} name={`${prefix}.${sub.key}`} today={today} />
            ))
          }
        />
      );
  }
}
