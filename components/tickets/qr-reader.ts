// Reads a QR code from the current video frame. Browsers with a BarcodeDetector that knows QR codes
// (Chrome on Android, Safari on macOS) decode natively; the others (Safari on iPhone, Firefox,
// Chromium on Linux) get jsQR on a downscaled canvas copy of the frame, loaded only when needed.

export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

/** Wide enough for a ticket held at arm's length, small enough to decode in a few milliseconds. */
const MAX_WIDTH = 640;

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  const formats = await Detector.getSupportedFormats?.().catch((): string[] => []);
  if (formats && !formats.includes("qr_code")) return null;
  const detector = new Detector({ formats: ["qr_code"] });
  return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
}

async function jsqrReader(): Promise<QrReader> {
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: "dontInvert" })?.data || null;
  };
}

export async function createQrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? jsqrReader();
}
