"use client";
// A part of a cached public page that most visitors only read (a form): the server renders it
// whole, but the browser loads its code (react-hook-form, zod, the form kit) only when the visitor
// first touches it (focus or pointer inside it). Until then it is the server's HTML, which works as
// it does without JavaScript (a form posts natively) and keeps what is typed into it. This keeps a
// first visit within the JavaScript budget of issue 16 (tests/e2e/js-budget.spec.ts). Mounted
// later by a navigation in the browser, there is no server HTML to show, so the code loads at once.
// Only for parts the server renders without waiting (a prerendered page, a GET form): see
// ARCHITECTURE.md, "Forms".
import {
  type ComponentType,
  lazy,
  memo,
  Suspense,
  use,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";

/** What counts as starting to use the part: focus moving into it, or a pointer (mouse, touch, pen) on it. */
const FIRST_USE = ["focusin", "pointerdown"] as const;

type Opening = { until: Promise<void>; open: () => void };

function opening(): Opening {
  let open = () => {};
  const until = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { until, open };
}

const subscribeToNothing = () => () => {};

function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a) as (keyof typeof a)[];
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * `serverCode` is the part itself on the server (`typeof window === "undefined" ? await load() : null`
 * in the caller's module), so the server writes it inline: a part the server waited for would be
 * a hole in a prerendered page, streamed after it, which only a browser with JavaScript fills in.
 */
export function deferUntilUsed<P extends object>(
  load: () => Promise<ComponentType<P>>,
  serverCode: ComponentType<P> | null,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  let loaded: ComponentType<P> | null = serverCode;

  // While hydrating, waiting on `until` leaves the server's HTML in place, untouched; React tries
  // again when it resolves, which is once the code is here, so the retry hydrates at once. A
  // change of props instead would make React drop the HTML and render afresh. The server never waits.
  function Part({ until, props }: { until: Promise<void> | null; props: P }) {
    if (until && !loaded && typeof window !== "undefined") use(until);
    const Code = loaded ?? Lazy;
    return <Code {...props} />;
  }

  function DeferredUntilUsed(props: P) {
    // false while hydrating the server's HTML, true when mounted in the browser afterwards.
    const mountedInBrowser = useSyncExternalStore(
      subscribeToNothing,
      () => true,
      () => false,
    );
    const [hydrating] = useState(!mountedInBrowser);
    // New props before the code is there make React render the part afresh instead of hydrating
    // it; then it cannot wait for a first use (it would show nothing), so the code loads at once.
    const [firstProps] = useState(props);
    const waitForUse = hydrating && sameProps(firstProps, props);
    const [{ until, open }] = useState(opening);
    const wrapper = useRef<HTMLDivElement>(null);
    useEffect(() => {
      const element = wrapper.current;
      if (!element || !waitForUse) return;
      // On the window, in the capture phase: React keeps events aimed at a part it has not
      // hydrated yet from reaching anything inside the page.
      const begin = () => {
        for (const type of FIRST_USE) window.removeEventListener(type, start, true);
        void load().then((code) => {
          loaded = code;
          open();
        });
      };
      const start = (event: Event) => {
        if (event.target instanceof Node && element.contains(event.target)) begin();
      };
      for (const type of FIRST_USE) window.addEventListener(type, start, true);
      // Focus that moved in before these listeners existed (a quick visitor, while the page was
      // still hydrating) would otherwise load nothing until it moves again.
      if (document.activeElement && element.contains(document.activeElement)) begin();
      return () => {
        for (const type of FIRST_USE) window.removeEventListener(type, start, true);
      };
    }, [waitForUse, open]);
    // The same element while nothing it shows changed: this component renders once more right
    // after hydrating (useSyncExternalStore), and a new element would count as a change.
    const part = useMemo(
      () => (
        <Suspense fallback={null}>
          <Part until={waitForUse ? until : null} props={props} />
        </Suspense>
      ),
      [waitForUse, until, props],
    );
    return (
      <div ref={wrapper} className="contents">
        {part}
      </div>
    );
  }
  // A parent that renders again with the same props must not disturb the server's HTML.
  return memo(DeferredUntilUsed, sameProps) as unknown as ComponentType<P>;
}
