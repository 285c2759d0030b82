"use client";
import {
  ArrowLeftRight,
  Building,
  Building2,
  Contact,
  CopyCheck,
  Download,
  FileUp,
  Handshake,
  History,
  Home,
  Kanban,
  Key,
  ListTodo,
  Loader2,
  type LucideIcon,
  Mail,
  SlidersHorizontal,
  Sun,
  Target,
  Trash2,
  User,
  Users,
} from "lucide-react";
import { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { IntentLink } from "@/components/intent-link";
import { cn } from "@/lib/cn";
import type { Nav } from "./nav-items";

const ICONS: Record<string, LucideIcon> = {
  home: Home,
  user: User,
  building: Building2,
  users: Users,
  key: Key,
  history: History,
  download: Download,
  mail: Mail,
  sun: Sun,
  contact: Contact,
  company: Building,
  target: Target,
  handshake: Handshake,
  tasks: ListTodo,
  duplicates: CopyCheck,
  import: FileUp,
  pipeline: Kanban,
  fields: SlidersHorizontal,
  currency: ArrowLeftRight,
  trash: Trash2,
};

export function SidebarNav({ nav, onNavigate }: { nav: Nav; onNavigate?: () => void }) {
  const t = useTranslations();
  const pathname = usePathname();
  const renderItem = (item: Nav["main"][number]) => {
    const Icon = ICONS[item.icon] ?? Home;
    const active = item.exact ? pathname === item.href : pathname.startsWith(item.href);
    return (
      <li key={item.href}>
        <IntentLink
          href={item.href}
          onClick={onNavigate}
          aria-current={active ? "page" : undefined}
          className={cn(
            "flex min-h-10 items-center gap-3 rounded-md px-3 text-sm font-medium text-sidebar-foreground/80 hover:bg-sidebar-accent hover:text-sidebar-foreground",
            active && "bg-sidebar-accent text-sidebar-foreground",
          )}
        >
          <Icon className="size-4 shrink-0" aria-hidden="true" />
          {t(item.key)}
          <PendingMark />
        </IntentLink>
      </li>
    );
  };
  return (
    <nav aria-label={t("shell.navigation")} className="grid gap-6">
      <ul className="grid gap-1">{nav.main.map(renderItem)}</ul>
      <div className="grid gap-1">
        <p className="px-3 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
          {t("shell.settings")}
        </p>
        <ul className="grid gap-1">{nav.settings.map(renderItem)}</ul>
      </div>
    </nav>
  );
}

/** While the clicked page loads (pages without a loading skeleton keep the old page until then). */
function PendingMark() {
  const { pending } = useLinkStatus();
  return pending ? (
    <Loader2 className="ml-auto size-3.5 animate-spin text-muted-foreground" aria-hidden="true" />
  ) : null;
}
