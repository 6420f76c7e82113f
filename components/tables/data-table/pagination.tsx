"use client";

import type { Table } from "@tanstack/react-table";
import { formatNumber } from "@/lib/format";
import { PAGE_SIZES } from "@/lib/tables/url-state";

export function Pagination<T>({ table }: { table: Table<T> }) {
  const { pageIndex, pageSize } = table.getState().pagination;
  const total = table.getFilteredRowModel().rows.length;
  const pages = Math.max(1, table.getPageCount());
  const from = total === 0 ? 0 : pageIndex * pageSize + 1;
  const to = Math.min(total, (pageIndex + 1) * pageSize);
  return (
    <div className="dt-pagination">
      <span aria-live="polite">
        {formatNumber(from)}–{formatNumber(to)} of {formatNumber(total)} rows
      </span>
      <label>
        Rows per page{" "}
        <select value={pageSize} onChange={(e) => table.setPageSize(Number(e.target.value))}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
        Previous
      </button>
      <span>
        Page {pageIndex + 1} of {pages}
      </span>
      <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
        Next
      </button>
    </div>
  );
}
