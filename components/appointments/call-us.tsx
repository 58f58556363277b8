// The municipality's phone number as a link, from its data: for when booking online does not work out.
import { getMunicipality } from "@/lib/municipality/queries";

export async function CallUs() {
  const m = await getMunicipality();
  return <a href={`tel:${m.phone}`}>{m.phoneDisplay}</a>;
}
