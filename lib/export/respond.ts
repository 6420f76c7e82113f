import "server-only";
import { Readable } from "node:stream";
import { toCsv } from "./csv";
import { toMarkdown } from "./markdown";
import { fileName, FORMATS, type ExportCitation, type ExportFormat } from "./model";
import type { BuiltExport } from "./tables";
import { toXlsx } from "./xlsx";

/** A pull-based byte stream over an async iterator of text: nothing is produced before it is read. */
function textStream(source: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await it.next();
      if (next.done) controller.close();
      else if (next.value) controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await it.return?.();
    },
  });
}

/** The HTTP response for an export: the file, streamed, named parallax-<table>-<date>.<ext>, as an attachment. */
export function exportResponse(built: BuiltExport, format: ExportFormat, viewUrl: string): Response {
  const citation: ExportCitation = { viewUrl, exportedAt: new Date(), sources: built.sources, ...(built.notes?.length ? { notes: built.notes } : {}) };
  const body =
    format === "xlsx"
      ? (Readable.toWeb(toXlsx(built.tables, citation) as Readable) as ReadableStream<Uint8Array>)
      : textStream(format === "csv" ? toCsv(built.tables[0]!, citation) : toMarkdown(built.tables[0]!, citation));
  return new Response(body, {
    headers: {
      "Content-Type": FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename="${fileName(built.name, format, citation.exportedAt)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
