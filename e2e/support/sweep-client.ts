// HTTP for the sweep: every answer read to its last byte (a download that breaks off mid-body is a
// failure too), and one rule for what an answer may look like.

export type Answer = {
  status: number;
  contentType: string;
  body: string;
  /** Set when the body could not be read to the end. */
  broken?: string;
};

export type Call = {
  method: string;
  path: string;
  key?: string;
  /** A signed-in session's cookies (sent with a same-origin `Origin`, as a browser would). */
  cookie?: string;
  body?: string | FormData;
  contentType?: string;
};

export async function send(baseURL: string, call: Call): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (call.key) headers.authorization = `Bearer ${call.key}`;
  if (call.cookie) {
    headers.cookie = call.cookie;
    headers.origin = baseURL;
  }
  if (call.contentType) headers["content-type"] = call.contentType;
  else if (typeof call.body === "string") headers["content-type"] = "application/json";
  const response = await fetch(`${baseURL}${call.path}`, {
    method: call.method,
    headers,
    body: call.body,
    redirect: "manual",
  });
  const contentType = response.headers.get("content-type") ?? "";
  try {
    return { status: response.status, contentType, body: await response.text() };
  } catch (error) {
    return { status: response.status, contentType, body: "", broken: String(error) };
  }
}

/**
 * What is wrong with an answer whatever the request was, or null: a 5xx, a body that broke off,
 * an error that is not problem+json with its own status, a 422 that names no field.
 */
export function answerProblem(answer: Answer): string | null {
  if (answer.broken) return `${answer.status}, body broke off: ${answer.broken}`;
  if (answer.status >= 500) return `${answer.status}: ${answer.body.slice(0, 200)}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith("application/problem+json")) {
    return `${answer.status} as ${answer.contentType || "no content type"}: ${answer.body.slice(0, 120)}`;
  }
  let parsed: { status?: unknown; title?: unknown; detail?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    return `${answer.status} problem+json that is not JSON: ${answer.body.slice(0, 120)}`;
  }
  if (parsed.status !== answer.status || typeof parsed.title !== "string") {
    return `${answer.status} problem without its status and title: ${answer.body.slice(0, 120)}`;
  }
  if (answer.status === 422 && (!parsed.errors || Object.keys(parsed.errors).length === 0)) {
    return `422 naming no field: ${answer.body.slice(0, 160)}`;
  }
  return null;
}

/** Runs `tasks` with at most `width` in flight. */
export async function inParallel<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await task(item);
      }
    }),
  );
}

/** Signs in with email and password through better-auth; returns the session's cookies. */
export async function signInCookie(
  baseURL: string,
  who: { email: string; password: string },
): Promise<string> {
  const response = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL },
    body: JSON.stringify(who),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
