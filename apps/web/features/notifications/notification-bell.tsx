"use client";
import { Bell, CheckCheck, ListTodo } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { Popover, PopoverContent, PopoverTrigger } from "@/features/records/popover";
import { useActionError } from "@/features/records/use-action-error";
import { cn } from "@/lib/cn";
import { listNotificationsAction, markNotificationsReadAction } from "./notification-actions";

type Item = {
  id: string;
  kind: string;
  title: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
};

/** The bell in the top bar: unread count, the latest notifications, open one, mark all read. */
export function NotificationBell({ slug, unread: initialUnread }: { slug: string; unread: number }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const router = useRouter();
  const actionError = useActionError();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Item[] | null>(null);
  const [unread, setUnread] = useState(initialUnread);
  const [marking, setMarking] = useState(false);

  async function load() {
    const result = await listNotificationsAction(slug);
    if (!result.ok) {
      toast.error(actionError(result));
      setItems([]);
      return;
    }
    setItems(result.data.items);
    setUnread(result.data.unread);
  }

  async function markAll() {
    setMarking(true);
    const result = await markNotificationsReadAction(slug, { all: true });
    setMarking(false);
    if (!result.ok) {
      toast.error(actionError(result));
      return;
    }
    setUnread(0);
    setItems((current) => current?.map((n) => ({ ...n, readAt: n.readAt ?? new Date() })) ?? null);
  }

  async function openItem(item: Item) {
    setOpen(false);
    if (!item.readAt) {
      setUnread((n) => Math.max(0, n - 1));
      void markNotificationsReadAction(slug, { ids: [item.id] });
    }
    if (item.link?.startsWith("/")) router.push(item.link);
  }

  const label = unread > 0 ? t("labelUnread", { count: unread }) : t("label");
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) void load();
      }}
    >
      <PopoverTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={label}>
          <Bell className="size-5" aria-hidden="true" />
          {unread > 0 ? (
            <span
              aria-hidden="true"
              className="absolute top-1 right-1 flex h-4 min-w-4 items-center justify-center rounded-full bg-destructive px-1 font-semibold text-[10px] text-destructive-foreground leading-none"
            >
              {unread > 99 ? "99+" : unread}
            </span>
          ) : null}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-80 gap-0 p-0">
        <div className="flex items-center justify-between border-b px-3 py-2">
          <p className="font-semibold text-sm">{t("title")}</p>
          <Button variant="ghost" size="sm" onClick={markAll} loading={marking} disabled={unread === 0}>
            <CheckCheck aria-hidden="true" />
            {t("markAllRead")}
          </Button>
        </div>
        {items === null ? (
          <div className="flex justify-center p-6">
            <Spinner label={t("loading")} />
          </div>
        ) : items.length === 0 ? (
          <p className="p-6 text-center text-muted-foreground text-sm">{t("empty")}</p>
        ) : (
          <ul className="max-h-96 overflow-y-auto py-1">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => openItem(item)}
                  className="flex w-full items-start gap-3 px-3 py-2 text-left outline-none hover:bg-accent focus-visible:bg-accent"
                >
                  <ListTodo className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
                  <span className="grid min-w-0 flex-1 gap-0.5">
                    <span className={cn("truncate text-sm", !item.readAt && "font-semibold")}>
                      {item.kind === "task_due" ? t("taskDue", { title: item.title }) : item.title}
                    </span>
                    <span className="text-muted-foreground text-xs">
                      {format.relativeTime(new Date(item.createdAt), now)}
                    </span>
                  </span>
                  {!item.readAt ? (
                    <span className="mt-1.5 size-2 shrink-0 rounded-full bg-primary">
                      <span className="sr-only">{t("unread")}</span>
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </PopoverContent>
    </Popover>
  );
}
