"use client";
// Step 2: the category, among those that take this kind. Categories outside the municipality's
// remit are listed too: choosing one shows where to go instead, before anything is filled in.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { QueryForm, RadioGroup } from "@/components/ui/form";
import type { FieldErrors } from "@/lib/actions/result";
import { categoryStepSchema } from "@/lib/reports/schema";

type Category = { slug: string; name: string; description: string | null; inRemit: boolean };

export function CategoryStep({
  kindWord,
  kindTitle,
  categories,
  errors,
}: {
  /** The kind as the address names it (lib/reports/url-words.ts), e.g. "MELDING". */
  kindWord: string;
  kindTitle: string;
  categories: Category[];
  errors?: FieldErrors;
}) {
  return (
    <QueryForm
      action="/melden"
      label="Waarover gaat het?"
      schema={categoryStepSchema}
      values={{ soort: kindWord }}
      errors={errors}
    >
      <input type="hidden" name="soort" value={kindWord} />
      <input type="hidden" name="stap" value="categorie" />
      <RadioGroup
        name="categorie"
        legend={`Categorie voor ${kindTitle.toLowerCase()}`}
        options={categories.map((c) => ({
          value: c.slug,
          label: (
            <span className="font-semibold">
              {c.name}
              {!c.inRemit && <span className="font-normal"> (niet bij de gemeente)</span>}
            </span>
          ),
          hint: c.description ?? undefined,
        }))}
      />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={buttonClass()}>
          Verder
        </button>
        <Link href="/melden" className={buttonClass("secondary")}>
          Terug
        </Link>
      </div>
    </QueryForm>
  );
}
