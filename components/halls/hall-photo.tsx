// A hall's picture as the catalogue and the hall page show it: the photo staff uploaded, in the size
// that fits, or the drawn illustration of its kind until it has one.
import Image from "next/image";
import { Picture } from "@/components/ui/picture";
import type { StoredPicture } from "@/lib/uploads/sizes";

export function HallPhoto({
  hall,
  sizes,
  eager,
  className,
}: {
  hall: { photoUrl: string; photoAlt: string; photo: StoredPicture | null };
  /** What part of the viewport the picture takes (see Picture). */
  sizes: string;
  eager?: boolean;
  className?: string;
}) {
  if (hall.photo)
    return (
      <Picture picture={hall.photo} alt={hall.photoAlt} sizes={sizes} eager={eager} className={className} />
    );
  return (
    <Image
      src={hall.photoUrl}
      alt={hall.photoAlt}
      width={640}
      height={360}
      unoptimized
      loading={eager ? "eager" : "lazy"}
      className={`h-auto w-full ${className ?? ""}`}
    />
  );
}
