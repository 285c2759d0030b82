"use client";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

// The form (react-hook-form, zod, the auth client) loads when the dialog is first opened.
const CreateOrgDialog = dynamic(() => import("./create-org-dialog").then((m) => m.CreateOrgDialog), {
  ssr: false,
});

type OrgOption = { id: string; name: string; slug: string };

export function OrgSwitcher({ current, orgs }: { current: OrgOption; orgs: OrgOption[] }) {
  const t = useTranslations("shell");
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  // Mounted from the first opening on, so it can close with its animation.
  const [used, setUsed] = useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" className="h-11 w-full justify-between px-3">
            <span className="flex min-w-0 items-center gap-2">
              <span
                aria-hidden="true"
                className="flex size-7 shrink-0 items-center justify-center rounded-md bg-primary text-xs font-bold text-primary-foreground"
              >
                {current.name.slice(0, 1).toUpperCase()}
              </span>
              <span className="truncate font-semibold" data-testid="current-org">
                {current.name}
              </span>
              {/* Named by its text plus this (no aria-label that would differ from what is seen). */}
              <span className="sr-only">, {t("switchOrg")}</span>
            </span>
            <ChevronsUpDown className="size-4 shrink-0 opacity-60" aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
          <DropdownMenuLabel>{t("organizations")}</DropdownMenuLabel>
          {orgs.map((org) => (
            <DropdownMenuItem
              key={org.id}
              onSelect={async () => {
                // Keeps the API's session context on the org being viewed.
                const { authClient } = await import("@/lib/auth-client");
                await authClient.organization.setActive({ organizationId: org.id });
                router.push(`/o/${org.slug}`);
              }}
            >
              <span className="truncate">{org.name}</span>
              {org.id === current.id ? <Check className="ml-auto size-4" aria-hidden="true" /> : null}
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem
            onSelect={() => {
              setUsed(true);
              setCreating(true);
            }}
          >
            <Plus className="size-4" aria-hidden="true" /> {t("newOrg")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {used ? <CreateOrgDialog open={creating} onOpenChange={setCreating} /> : null}
    </>
  );
}
