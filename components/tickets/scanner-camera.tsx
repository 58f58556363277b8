"use client";
// Reads QR codes with the phone's back camera: natively where the browser has a BarcodeDetector,
// with jsQR elsewhere (qr-reader.ts), so iPhones scan too. Where there is no camera at all this
// says so plainly and the door types the code instead. Found codes go to `onCode` on every frame;
// the station decides what to send (it debounces).
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { Notice } from "@/components/ui/notice";
import { createQrReader, type QrReader } from "./qr-reader";

type Support = "server" | "no-camera" | "ok";
type Status = "off" | "starting" | "on" | "denied" | "no-device" | "failed";

/** How often a frame is read: quick enough at the door, light on the battery. */
const FRAME_MS = 200;

function support(): Support {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return "no-camera";
  return "ok";
}

const never = () => () => {};

const SUPPORT_TEXT: Record<Exclude<Support, "ok">, string> = {
  server: "De camera werkt alleen met JavaScript. Typ de code hieronder in.",
  "no-camera":
    "Deze browser geeft deze pagina geen toegang tot de camera (dat kan alleen via een beveiligde https-verbinding). Typ de code hieronder in.",
};

const STATUS_TEXT: Partial<Record<Status, string>> = {
  denied:
    "De camera mag niet gebruikt worden. Geef deze site toestemming voor de camera in de instellingen van je browser, of typ de code hieronder in.",
  "no-device": "We vonden geen camera op dit toestel. Typ de code hieronder in.",
  failed: "De camera kon niet starten. Probeer opnieuw, of typ de code hieronder in.",
};

function failure(error: unknown): Status {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "no-device";
  return "failed";
}

export function ScannerCamera({ onCode }: { onCode: (raw: string) => void }) {
  const supported = useSyncExternalStore(never, support, () => "server" as const);
  const [status, setStatus] = useState<Status>("off");
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const readerRef = useRef<QrReader | null>(null);
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  // Leaving the page releases the camera.
  useEffect(() => () => streamRef.current?.getTracks().forEach((track) => track.stop()), []);

  useEffect(() => {
    const video = videoRef.current;
    const read = readerRef.current;
    if (status !== "on" || !video || !read) return;
    video.srcObject = streamRef.current;
    void video.play().catch(() => undefined); // autoplay of a muted video is allowed; a refusal is harmless
    let stopped = false;
    let timer: number | undefined;
    const readFrame = async () => {
      if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        try {
          const raw = await read(video);
          if (raw && !stopped) onCodeRef.current(raw);
        } catch {
          // a frame that cannot be read; the next one may
        }
      }
      if (!stopped) timer = window.setTimeout(readFrame, FRAME_MS);
    };
    void readFrame();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [status]);

  async function start() {
    setStatus("starting");
    try {
      readerRef.current ??= await createQrReader();
      streamRef.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: "environment" },
        audio: false,
      });
      setStatus("on");
    } catch (error) {
      setStatus(failure(error));
    }
  }

  function stop() {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setStatus("off");
  }

  return (
    <section aria-labelledby="scanner-camera-title" className="space-y-3">
      <h2 id="scanner-camera-title" className="text-xl font-semibold">
        Camera
      </h2>
      {supported !== "ok" ? (
        <Notice tone="warning" className="">
          {SUPPORT_TEXT[supported]}
        </Notice>
      ) : (
        <>
          {STATUS_TEXT[status] && (
            <Notice tone="error" className="">
              {STATUS_TEXT[status]}
            </Notice>
          )}
          {/* One button that changes (never `disabled`), so keyboard focus stays on it throughout. */}
          <button
            type="button"
            onClick={status === "on" ? stop : status === "starting" ? undefined : start}
            aria-disabled={status === "starting" || undefined}
            className={buttonClass(status === "on" ? "secondary" : "primary")}
          >
            {status === "on" ? "Camera stoppen" : status === "starting" ? "Camera start…" : "Camera starten"}
          </button>
          {status === "on" && (
            <video
              ref={videoRef}
              muted
              playsInline
              aria-label="Camerabeeld: houd de QR-code van het ticket voor de camera"
              className="aspect-square w-full max-w-md rounded-lg bg-black object-cover"
            />
          )}
        </>
      )}
    </section>
  );
}
