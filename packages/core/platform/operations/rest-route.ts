import { z } from "zod";
import type { AnyOperation } from "./define-operation";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A REST binding of an operation: method and path (OpenAPI form, `/contacts/{id}`, relative to
 * /api/v1). The operation's input is filled from the path parameters and, for GET and DELETE, the
 * query string; for the other methods from the JSON body (or, with `body`, the body goes into that
 * one input field and the query string fills the rest).
 */
export type RestRoute = {
  method: HttpMethod;
  path: string;
  operation: AnyOperation;
  /** OpenAPI tag (the resource's section). */
  tag: string;
  /** The input field that takes the whole JSON body. */
  body?: string;
  /** A body may be left out (it stands for `{}`). */
  optionalBody?: boolean;
  /** DELETE reads the input from a JSON body too (DELETE /shares names the share there, as POST does). */
  jsonBody?: boolean;
  /** Success status; 204 answers no body. Default 200. */
  status?: 200 | 201 | 202 | 204;
  /** Another success status for some answers (POST /imports: 201 for a draft, else 202). */
  otherStatus?: { status: 200 | 201 | 202; when: (output: unknown) => boolean };
  /**
   * The body is a multipart/form-data upload instead of JSON: the permission is checked before it
   * is read; its text fields fill the input as a JSON body's would, and its one file part, named
   * `file`, is received to disk (413 past `maxFileBytes`) and given to the operation as an
   * `UploadedFile` (uploaded-file.ts) that is removed once the operation has answered.
   */
  upload?: { maxFileBytes: number };
  /**
   * How the output is answered: `data` (default) as `{"data": output}`; `body` as the JSON body
   * itself (lists, which carry `nextCursor` beside `data`); `file` as a download: the operation
   * answers a `FileReply` and its `body` is the response body, with its content type and file name.
   */
  reply?: "data" | "body" | "file";
  /** The media type a `file` reply answers, for the OpenAPI document (`text/vcard`); several when the input picks one. */
  contentType?: string | string[];
  /** Statuses the operation can answer besides the ones every route can (401, 403, 422, 429). */
  errors?: number[];
  /**
   * Served without credentials (GET /openapi.json): no caller, no org, no rate limit per caller;
   * the operation must read nothing of an org (it runs as nobody, with the least role).
   */
  public?: true;
};

/** What an operation bound with `reply: "file"` answers: a download that is not JSON. */
export const fileReply = z.object({
  filename: z.string().describe("The name the download is saved under"),
  contentType: z.string().describe("Its media type, with the charset for text"),
  /** The content, or a stream of it (sent as it is read: an export is never held in memory). */
  body: z.union([
    z.string(),
    z.custom<ReadableStream<Uint8Array>>((value) => value instanceof ReadableStream),
  ]),
});
export type FileReply = z.output<typeof fileReply>;

/** The path's parameter names: `/pipelines/{id}/stages/{stageId}` → id, stageId. */
export const pathParameters = (path: string): string[] =>
  [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
