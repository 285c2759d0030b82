"use client";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { z } from "zod";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { ValidationMessages } from "./validation-messages";

// Under the strict CSP, zod's probe for `new Function` (its JIT) is reported as a violation in the
// browser on every page; the server keeps the JIT.
if (typeof window !== "undefined") z.config({ jitless: true });

export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    // No disableTransitionOnChange: next-themes applies it on every mount too, injecting a `*` rule and
    // forcing style recalculation of the whole page twice per load (the theme toggle does it itself).
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem nonce={nonce}>
      <TooltipProvider>
        <ValidationMessages />
        {children}
        <Toaster />
      </TooltipProvider>
    </ThemeProvider>
  );
}
