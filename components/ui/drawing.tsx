// A drawing served as a file (the municipality's logo, the home page's picture), shown as a CSS
// background: no client code (next/image put about 1.5 kB of JavaScript on every page, past the
// budget) and no second kind of img beside Picture. With a text it is an image to assistive
// technology; without one it is decoration.
export function Drawing({
  src,
  alt,
  className,
  fit = "cover",
  style: size,
}: {
  src: string;
  alt: string;
  className?: string;
  /** "contain" shows all of it (a logo); "cover" fills the box (a picture). */
  fit?: "cover" | "contain";
  style?: { width: number; height: number };
}) {
  const style = { ...size, backgroundImage: `url(${JSON.stringify(src)})` };
  const look = `block ${fit === "contain" ? "bg-contain" : "bg-cover"} bg-center bg-no-repeat ${className ?? ""}`;
  return alt ? (
    <span role="img" aria-label={alt} className={look} style={style} />
  ) : (
    <span aria-hidden="true" className={look} style={style} />
  );
}
