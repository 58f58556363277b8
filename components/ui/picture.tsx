// A stored public picture as a responsive image: the browser picks the rendition that fits `sizes`
// from the srcset, width and height reserve its place (no jump while it loads), and a picture below
// the first screen loads only when scrolled near.
import { type StoredPicture, pictureUrl, srcSetOf } from "@/lib/uploads/sizes";

export function Picture({
  picture,
  alt,
  sizes,
  eager = false,
  className,
}: {
  picture: StoredPicture;
  alt: string;
  /** What part of the viewport the picture takes, e.g. "(min-width: 768px) 50vw, 100vw". */
  sizes: string;
  /** The first picture on a page (above the fold) loads at once. */
  eager?: boolean;
  className?: string;
}) {
  return (
    // A plain img: next/image cannot take our own srcset of stored renditions.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={pictureUrl(picture.id, 640)}
      srcSet={srcSetOf(picture)}
      sizes={sizes}
      alt={alt}
      width={picture.width ?? 1280}
      height={picture.height ?? 800}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={`h-auto w-full ${className ?? ""}`}
    />
  );
}
