/**
 * A chart as a picture for reports (browser only): the drawn SVG (recharts', axis titles included,
 * or one drawn by hand) wrapped with its title, legend and source line, as SVG text or as a PNG at
 * twice the size. What is downloaded is what is on screen, with the source drawn into the image.
 */

export type LegendEntry = { label: string; colour: string };

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const NS = "http://www.w3.org/2000/svg";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Greedy word wrap by an average glyph width: good enough for a source line under a chart. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(20, Math.floor(maxWidth / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if ((line ? `${line} ${word}` : word).length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function composeChartSvg(chart: SVGSVGElement, title: string, legend: LegendEntry[], sourceLine: string): { markup: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width) || Number(chart.getAttribute("width")) || 800;
  const chartHeight = Math.round(box.height) || Number(chart.getAttribute("height")) || 320;
  const pad = 16;
  const titleLines = wrapText(title, width - 2 * pad, 16);
  const sourceLines = wrapText(sourceLine, width - 2 * pad, 11);
  let y = pad;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += 18;
    parts.push(`<text x="${pad}" y="${y}" font-size="16" font-weight="700" fill="#1b1f24">${escapeXml(line)}</text>`);
  }
  if (legend.length) {
    y += 10;
    let x = pad;
    for (const item of legend) {
      const w = 18 + item.label.length * 7;
      if (x + w > width - pad) {
        x = pad;
        y += 20;
      }
      parts.push(`<rect x="${x}" y="${y}" width="11" height="11" rx="2" fill="${escapeXml(item.colour)}"/>`);
      parts.push(`<text x="${x + 16}" y="${y + 10}" font-size="12" fill="#1b1f24">${escapeXml(item.label)}</text>`);
      x += w + 12;
    }
    y += 14;
  }
  y += 8;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(y));
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(chartHeight));
  // Text the chart leaves unsized (recharts' ticks) takes the page's size on screen: keep it in the file.
  const fontSize = typeof getComputedStyle === "function" ? getComputedStyle(chart).fontSize : "";
  clone.removeAttribute("style");
  clone.removeAttribute("class");
  if (fontSize) clone.setAttribute("font-size", fontSize);
  const inner = new XMLSerializer().serializeToString(clone);
  y += chartHeight + 6;
  for (const line of sourceLines) {
    y += 14;
    parts.push(`<text x="${pad}" y="${y}" font-size="11" fill="#4a5360">${escapeXml(line)}</text>`);
  }
  const height = y + pad;
  const markup =
    `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}${inner}</svg>`;
  return { markup, width, height };
}

export function svgBlob(markup: string): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${markup}`], { type: "image/svg+xml;charset=utf-8" });
}

/** Renders the SVG into a canvas at `scale`× and returns a PNG. */
export async function pngBlob(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(markup));
  try {
    const image = new Image();
    image.decoding = "async";
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("The chart could not be drawn as an image."));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("This browser cannot draw images.");
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed."))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function chartFileName(title: string, ext: "svg" | "png", date = new Date()): string {
  const slug = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `parallax-chart-${slug}-${date.toISOString().slice(0, 10)}.${ext}`;
}
