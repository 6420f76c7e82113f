import Assembler from "stream-json/assembler.js";
import { jsonParser, type Token } from "stream-json/parser.js";
import type { ImportContext } from "./run";

export type GeoFeature = {
  /** Line of the file where the feature's object starts. */
  line: number;
  /** Position of the feature in the "features" array, from 1. */
  index: number;
  /** The feature, numbers kept as their JSON text (Assembler's numberAsString). */
  feature: unknown;
};

// stream-chain's markers for "no output" and "several outputs", registered with Symbol.for so any
// copy of stream-chain agrees on them (stream-json's core parser returns them).
const NONE = Symbol.for("object-stream.none");
const MANY = Symbol.for("object-stream.many");

function tokensOf(out: unknown): Token[] {
  if (out === NONE || out === undefined) return [];
  if (typeof out === "object" && out !== null && (out as Record<symbol, unknown>)[MANY] === 1) return (out as { values: Token[] }).values;
  return [out as Token];
}

/**
 * Streams the features of a GeoJSON FeatureCollection, one assembled object at a time, with the
 * line each starts on. Memory holds one feature, never the collection.
 *
 * stream-json's tokens carry no position, so we feed its core (synchronous) tokenizer one line
 * segment at a time: each 64 KB chunk is split at line feeds and the tokens that come out while a
 * segment is fed belong to that segment's line. A feature's `{` produces its startObject token at
 * once, so the line of a feature is exact; a minified file is all line 1 (the error then says
 * which feature, counting from 1). UTF-8 is decoded with a fatal TextDecoder, which also drops a
 * leading BOM.
 */
export async function* readGeoJsonFeatures(ctx: ImportContext): AsyncGenerator<GeoFeature> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const tokenizer = jsonParser({ streamValues: false });
  let line = 1;
  let depth = 0;
  let rootKey: string | undefined;
  let rootIsObject = false;
  let sawFeatures = false;
  let inFeatures = false;
  let featureIndex = 0;
  let asm: Assembler | undefined;
  let featureLine = 0;
  let expectRootType = false;
  const ready: GeoFeature[] = [];
  let flushing = false;

  const fail = (expected: string, value = "") => {
    ctx.fileError({ line, column: "(file)", value, expected });
  };

  /** Handles tokens; returns false on a structural error (already reported). */
  const handle = (tokens: Token[]): boolean => {
    for (const token of tokens) {
      if (asm) {
        asm.consume(token);
        if (asm.done) {
          ready.push({ line: featureLine, index: featureIndex, feature: asm.current });
          asm = undefined;
        }
        continue;
      }
      switch (token.name) {
        case "startObject":
        case "startArray":
          if (depth === 0) {
            if (token.name !== "startObject") {
              fail("a GeoJSON FeatureCollection (a JSON object)", "[");
              return false;
            }
            rootIsObject = true;
          } else if (depth === 1 && rootKey === "features") {
            if (token.name !== "startArray") {
              fail('"features" as an array of Feature objects', "{");
              return false;
            }
            sawFeatures = true;
            inFeatures = true;
          } else if (depth === 2 && inFeatures) {
            featureIndex++;
            if (token.name !== "startObject") {
              fail(`feature ${featureIndex} as a Feature object`, "[");
              return false;
            }
            asm = new Assembler({ numberAsString: true });
            asm.consume(token);
            featureLine = line;
            continue;
          }
          depth++;
          break;
        case "endObject":
        case "endArray":
          depth--;
          if (depth === 1) inFeatures = false;
          break;
        case "keyValue":
          if (depth === 1) rootKey = String(token.value);
          expectRootType = depth === 1 && token.value === "type";
          continue;
        default:
          if (depth === 0) {
            fail("a GeoJSON FeatureCollection (a JSON object)", String((token as { value?: unknown }).value ?? ""));
            return false;
          }
          if (depth === 2 && inFeatures) {
            featureIndex++;
            fail(`feature ${featureIndex} as a Feature object`, String((token as { value?: unknown }).value ?? ""));
            return false;
          }
          if (expectRootType && token.name === "stringValue" && token.value !== "FeatureCollection") {
            fail('"type": "FeatureCollection"', String(token.value));
            return false;
          }
      }
      expectRootType = false;
    }
    return true;
  };

  const feed = (text: string): boolean => {
    let start = 0;
    while (start < text.length) {
      const nl = text.indexOf("\n", start);
      const end = nl === -1 ? text.length : nl + 1;
      if (!handle(tokensOf(tokenizer(text.slice(start, end))))) return false;
      if (nl !== -1) line++;
      start = end;
    }
    return true;
  };

  try {
    for await (const chunk of ctx.chunks()) {
      if (!feed(decoder.decode(chunk, { stream: true }))) return;
      for (const item of ready) {
        ctx.rowRead();
        yield item;
      }
      ready.length = 0;
    }
    if (!feed(decoder.decode())) return;
    flushing = true;
    if (!handle(tokensOf(tokenizer(NONE as unknown as string)))) return;
    for (const item of ready) {
      ctx.rowRead();
      yield item;
    }
    ready.length = 0;
    if (asm || depth > 0) fail(`complete JSON: the file ends early${asm ? `, inside feature ${featureIndex}` : ""}`);
    else if (!rootIsObject) fail("a GeoJSON FeatureCollection (the file is empty)");
    else if (!sawFeatures) fail('a "features" array (a GeoJSON FeatureCollection)');
  } catch (error) {
    if (error instanceof TypeError && /encoded data|decode/i.test(error.message)) {
      fail("UTF-8 text");
      return;
    }
    if (error instanceof Error && /^Parser/.test(error.message)) {
      // stream-json's tokenizer: malformed JSON, or (when it throws at the end of input) truncated JSON.
      const where = asm ? `, inside feature ${featureIndex}` : "";
      const detail = error.message.replace(/^Parser (cannot parse input: )?/, "");
      fail(flushing ? `complete JSON: the file ends early${where} (${detail})` : `well-formed JSON (${detail}${where})`);
      return;
    }
    throw error;
  }
}
