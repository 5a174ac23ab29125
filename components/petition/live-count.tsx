"use client";

import { useFormatter } from "next-intl";
import { useEffect, useState } from "react";

const REFRESH_MS = 10_000;

/** The confirmed count, refreshed from the public API every ~10 s while the page is visible. */
export function LiveCount({ slug, initial }: { slug: string; initial: number }) {
  const format = useFormatter();
  const [count, setCount] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const res = await fetch(`/api/petitions/${encodeURIComponent(slug)}`, { cache: "no-store" });
        if (!res.ok) return;
        const body = (await res.json()) as { signatureCount?: number };
        if (!stopped && typeof body.signatureCount === "number") setCount(body.signatureCount);
      } catch {
        // Offline or the server restarting: keep the last known count.
      }
    };
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [slug]);
  return (
    <strong className="text-2xl font-extrabold" data-testid="signature-count" data-count={count}>
      {format.number(count)}
    </strong>
  );
}
