// A hall's picture as the catalogue and the hall page show it.
import Image from "next/image";

export function HallPhoto({
  hall,
  className,
}: {
  hall: { photoUrl: string; photoAlt: string };
  className?: string;
}) {
  return (
    <Image
      src={hall.photoUrl}
      alt={hall.photoAlt}
      width={640}
      height={360}
      unoptimized
      className={`h-auto w-full ${className ?? ""}`}
    />
  );
}
