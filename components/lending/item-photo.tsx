// An item's picture: the photo staff uploaded (or the drawing the demo data made), in the size that
// fits; without a description of its own it is named after the drawing of the item.
import { Picture } from "@/components/ui/picture";
import type { StoredPicture } from "@/lib/uploads/sizes";

export function ItemPhoto({
  item,
  sizes,
  eager,
}: {
  item: { name: string; photo: StoredPicture | null; photoAlt: string | null };
  sizes: string;
  eager?: boolean;
}) {
  if (!item.photo) return null;
  return (
    <Picture
      picture={item.photo}
      alt={item.photoAlt ?? `Tekening: ${item.name.toLowerCase()}`}
      sizes={sizes}
      eager={eager}
    />
  );
}
