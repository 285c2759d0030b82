import "server-only";
import { AppError } from "@crm/core/platform/errors";
import { notFound } from "next/navigation";
import { z } from "zod";

/** A record for a detail page; a malformed, unknown, other org's or invisible id is the 404 page. */
export async function findOrNotFound<T>(id: string, get: (id: string) => Promise<T>): Promise<T> {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await get(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
