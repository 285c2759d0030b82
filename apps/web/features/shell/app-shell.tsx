import { countUnreadNotifications } from "@crm/core/modules/notifications/count-unread-notifications";
import { listUserOrgs } from "@crm/core/modules/orgs/list-user-orgs";
import type { Role } from "@crm/core/modules/orgs/roles";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { NotificationBell } from "@/features/notifications/notification-bell";
import { CommandPalette } from "@/features/search/command-palette";
import { LocaleSwitch } from "./locale-switch";
import { MobileNav } from "./mobile-nav";
import { navFor } from "./nav-items";
import { OrgSwitcher } from "./org-switcher";
import { SidebarNav } from "./sidebar-nav";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

type Props = {
  org: { id: string; name: string; slug: string };
  user: { id: string; name: string; email: string };
  role: Role;
  children: ReactNode;
};

export async function AppShell({ org, user, role, children }: Props) {
  const [orgs, locale] = await Promise.all([listUserOrgs(user.id), getLocale()]);
  const unread = await countUnreadNotifications({ orgId: org.id, userId: user.id, role });
  const nav = navFor(org.slug, role);
  const switcher = <OrgSwitcher current={org} orgs={orgs} />;
  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 hidden h-dvh w-64 shrink-0 flex-col gap-4 overflow-y-auto overscroll-y-contain border-r bg-sidebar p-3 lg:flex">
        {switcher}
        <SidebarNav nav={nav} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur sm:px-4">
          <MobileNav nav={nav} header={switcher} />
          <span className="truncate font-semibold lg:hidden">{org.name}</span>
          <div className="ml-auto flex items-center gap-1">
            <CommandPalette slug={org.slug} userId={user.id} />
            <NotificationBell slug={org.slug} unread={unread} />
            <LocaleSwitch current={locale} />
            <ThemeToggle />
            <UserMenu name={user.name} email={user.email} slug={org.slug} />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
