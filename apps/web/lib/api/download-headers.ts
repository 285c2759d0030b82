/** Headers of a file download; the name is ASCII-safe with a UTF-8 variant. */
export function downloadHeaders(contentType: string, filename: string): HeadersInit {
  const ascii = filename.replace(/[^\x20-\x7e]|"/g, "_");
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
}
