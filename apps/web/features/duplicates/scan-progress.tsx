"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const REFRESH_MS = 3000;

/** While the duplicate scan runs, reads the page again every few seconds so new pairs appear. */
export function ScanProgress({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p
      role="status"
      className="mb-4 rounded-md border bg-muted/50 p-3 text-sm"
      data-testid="duplicates-scanning"
    >
      {children}
    </p>
  );
}
