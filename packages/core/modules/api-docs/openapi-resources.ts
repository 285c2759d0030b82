import type { z } from "zod";
import { duplicatesPathDocs } from "../duplicates/duplicates-openapi";
import { exportsPathDocs } from "../exports/exports-openapi";

// The REST resources and their zod schemas: the OpenAPI document is generated from these, so it
// cannot drift from what the server validates.
export type ResourceDoc = {
  name: string;
  path: string;
  tag: string;
  create?: z.ZodType;
  update?: z.ZodType;
  /** Query filters besides limit, cursor, sort and q. */
  filters?: string[];
  sortable?: string[];
  /** GET /{id} takes `?include=timeline`. */
  timeline?: boolean;
};

export const resources: ResourceDoc[] = [];

/** Paths besides the CRUD resources, each documented next to the service it calls. */
export const operationPaths: Record<string, unknown>[] = [duplicatesPathDocs, exportsPathDocs];
