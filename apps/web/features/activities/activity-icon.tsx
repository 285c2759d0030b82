import type { ActivityType } from "@crm/core/modules/records/enums";
import { CalendarDays, History, type LucideIcon, Mail, Phone, StickyNote } from "lucide-react";

export const ACTIVITY_ICONS: Record<ActivityType, LucideIcon> = {
  note: StickyNote,
  call: Phone,
  meeting: CalendarDays,
  email: Mail,
  system: History,
};
