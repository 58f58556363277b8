"use client";
// /activiteiten: the filter form's code loads when the visitor starts on it (components/ui/defer-until-used.tsx).
import { deferUntilUsed } from "@/components/ui/defer-until-used";

export const CatalogueFiltersWhenUsed = deferUntilUsed(() =>
  import("./catalogue-filters").then((m) => m.CatalogueFilters),
);
