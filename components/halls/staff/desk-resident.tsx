// The hall desk's first step: the shared resident search, keeping the chosen hall.
import { DeskResidentSearch as Search } from "@/components/staff/desk-resident-search";

type Found = Parameters<typeof Search>[0]["found"];

export function DeskResidentSearch({ q, found, hallSlug }: { q: string; found: Found; hallSlug?: string }) {
  return (
    <Search
      q={q}
      found={found}
      path="/beheer/zalen/balie"
      keep={hallSlug ? { zaal: hallSlug } : {}}
      nextStep="Zaal reserveren"
    />
  );
}
