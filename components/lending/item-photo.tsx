// An item's picture: the stored public file, 640 px rendition (the upload store made it).
import Image from "next/image";

export function ItemPhoto({ photoId, alt }: { photoId: string | null; alt: string }) {
  if (!photoId) return null;
  return (
    <Image
      src={`/api/bestanden/${photoId}?w=640`}
      alt={alt}
      width={640}
      height={400}
      unoptimized
      className="h-auto w-full"
    />
  );
}
