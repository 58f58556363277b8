"use client";
// /activiteiten: the filter form's code loads when the visitor starts on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

const load = () => import("./catalogue-filters").then((m) => m.CatalogueFilters);

export const CatalogueFiltersWhenUsed = deferUntilUsed(
  load,
  typeof window === "undefined" ? await load() : null,
);
