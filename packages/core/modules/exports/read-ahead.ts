/**
 * Yields what `source` yields, asking it for the next item as soon as the current one is handed
 * out: while the caller formats and sends a batch, the database already reads the following one
 * (on PostgreSQL another process, so the two overlap). At most one item waits beyond the current.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  // A read that fails while the caller still holds the previous item is reported when the caller
  // asks for it, not as an unhandled rejection in between (or never, when the caller stops early).
  next.catch(() => {});
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done) {
        finished = true;
        return;
      }
      next = iterator.next();
      next.catch(() => {});
      yield result.value;
    }
  } catch (error) {
    finished = true;
    throw error;
  } finally {
    // Stopped early: let the read in flight settle, then end the source (its finally blocks run).
    if (!finished) {
      await next.catch(() => undefined);
      await iterator.return?.();
    }
  }
}
