import { openApiDocument } from "@crm/core/modules/api/route-table";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { AuthFrame } from "@/features/auth/auth-frame";

type Operation = {
  tags?: string[];
  summary?: string;
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses?: Record<string, { description?: string }>;
};
type Param = { name: string; in: string; description?: string; required?: boolean; $ref?: string };
type PathItem = Record<string, Operation | Param[]>;

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("title") };
}

export async function ApiReference() {
  const t = await getTranslations("apiDocs");
  const doc = openApiDocument() as {
    info: { description: string; version: string };
    paths: Record<string, PathItem>;
    components?: { parameters?: Record<string, Param> };
  };
  // A parameter every route shares (`org`) is written once in components and referenced.
  const resolved = (p: Param) =>
    p.$ref ? (doc.components?.parameters?.[p.$ref.split("/").pop() ?? ""] ?? p) : p;
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const op = item[method] as Operation;
      const shared = (item.parameters as Param[] | undefined) ?? [];
      return { path, method, op, params: [...shared, ...(op.parameters ?? [])].map(resolved) };
    }),
  );
  return (
    <AuthFrame wide>
      <article className="grid gap-6">
        <header className="grid gap-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{doc.info.description}</p>
          <p className="text-sm">
            <a className="underline underline-offset-4" href="/api/v1/openapi.json">
              {t("download")}
            </a>{" "}
            · {t("version", { version: doc.info.version })}
          </p>
        </header>
        {operations.map(({ path, method, op, params }) => (
          <section
            key={`${method} ${path}`}
            className="grid gap-3 rounded-lg border bg-card p-4"
            aria-label={`${method.toUpperCase()} ${path}`}
          >
            <div className="flex flex-wrap items-center gap-2">
              <Badge
                variant={method === "get" ? "secondary" : method === "delete" ? "destructive" : "default"}
              >
                {method.toUpperCase()}
              </Badge>
              <code className="break-all text-sm font-semibold">/api/v1{path}</code>
            </div>
            {op.summary ? <p className="text-sm">{op.summary}</p> : null}
            {params.length > 0 ? (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead className="text-muted-foreground">
                    <tr>
                      <th className="py-1 pr-4 font-medium">{t("parameter")}</th>
                      <th className="py-1 pr-4 font-medium">{t("in")}</th>
                      <th className="py-1 font-medium">{t("description")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {params.map((p) => (
                      <tr key={`${p.in}-${p.name}`} className="border-t">
                        <td className="py-1 pr-4">
                          <code>{p.name}</code>
                        </td>
                        <td className="py-1 pr-4">{p.in}</td>
                        <td className="py-1 text-muted-foreground">{p.description ?? ""}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {op.requestBody ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium">{t("body")}</summary>
                <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-muted p-3 text-xs">
                  {JSON.stringify(Object.values(op.requestBody.content)[0]?.schema, null, 2)}
                </pre>
              </details>
            ) : null}
            <p className="text-xs text-muted-foreground">
              {t("responses")}: {Object.keys(op.responses ?? {}).join(", ")}
            </p>
          </section>
        ))}
      </article>
    </AuthFrame>
  );
}
