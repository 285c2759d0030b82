"use client";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { ValidationMessages } from "./validation-messages";

export function Providers({ children }: { children: ReactNode }) {
  return (
    // No disableTransitionOnChange: next-themes applies it on every mount too, injecting a `*` rule and
    // forcing style recalculation of the whole page twice per load (the theme toggle does it itself).
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem>
      <TooltipProvider>
        <ValidationMessages />
        {children}
        <Toaster />
      </TooltipProvider>
    </ThemeProvider>
  );
}
