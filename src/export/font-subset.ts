/**
 * One face of a font file (a `.ttc` collection too) cut down to the characters a page uses, by
 * HarfBuzz's subsetter (harfbuzzjs's WebAssembly build). The outlines, metrics and layout features
 * are the font's own, so text set in the subset looks exactly as in the font.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

/** The part of hb-subset's exports podium calls (C functions; pointers are offsets into `memory`). */
interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

// The copy in wasm memory is ours: HarfBuzz may fix a table in place rather than copy the font again.
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;

let loading: Promise<HarfBuzzSubset> | undefined;

/** The subsetter, compiled once per process and only when a print needs it. */
function harfBuzz(): Promise<HarfBuzzSubset> {
  loading ??= (async () => {
    const path = createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(path));
    const exports = instance.exports as unknown as HarfBuzzSubset;
    exports._initialize();
    return exports;
  })();
  // A failed load may be a passing fault (a file read); the next print tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

let prepared = false;

/**
 * Starts compiling the subsetter, once per process, so the compile runs beside other work; failures
 * show later. With `sample`, a face of a font file, it then cuts one character from it: WebAssembly
 * compiles each function on its first call, which made the first real subset of a run two or three
 * times as slow as the next.
 */
export function prepareSubsetter(sample?: { file: string; index: number }): void {
  if (prepared) return;
  prepared = true;
  harfBuzz()
    .then(() => (sample ? subsetFontFile(sample.file, sample.index, "a") : undefined))
    .catch(() => undefined);
}

/**
 * Face `index` of the font file at `path` (OpenType or TrueType, or a collection of them) holding
 * only the glyphs for `text`'s characters and those the font's layout features reach from them
 * (every feature is kept: CJK punctuation forms, `locl`, kerning), as an OpenType file. Rejects
 * when the face cannot be read.
 */
export async function subsetFontFile(path: string, index: number, text: string): Promise<Uint8Array> {
  const hb = await harfBuzz();
  // Synchronous from here on: no other call can grow the heap (and detach a view of it) midway.
  // The heap may grow on any allocation, so views are taken afresh each time.
  const heap = () => new Uint8Array(hb.memory.buffer);
  const file = openSync(path, "r");
  let data = 0;
  let face = 0;
  let subset = 0;
  const input = hb.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new Error("font subset: out of memory");
    const size = fstatSync(file).size;
    data = hb.malloc(size);
    if (data === 0) throw new Error("font subset: out of memory");
    // Read straight into the subsetter's memory: a CJK collection is 20 MB or more.
    for (let done = 0; done < size;) {
      const read = readSync(file, heap(), data + done, size - done, done);
      if (read === 0) throw new Error(`font subset: ${path} ended early`);
      done += read;
    }
    const blob = hb.hb_blob_create(data, size, HB_MEMORY_MODE_WRITABLE, 0, 0);
    face = hb.hb_face_create(blob, index);
    hb.hb_blob_destroy(blob);
    const features = hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb.hb_set_clear(features);
    hb.hb_set_invert(features);
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const char of new Set(text)) hb.hb_set_add(unicodes, char.codePointAt(0) ?? 0);
    subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error(`font subset: face ${index} of ${path} could not be subset`);
    const result = hb.hb_face_reference_blob(subset);
    try {
      const start = hb.hb_blob_get_data(result, 0);
      const length = hb.hb_blob_get_length(result);
      if (length === 0) throw new Error(`font subset: face ${index} of ${path} is empty`);
      return heap().slice(start, start + length);
    } finally {
      hb.hb_blob_destroy(result);
    }
  } finally {
    closeSync(file);
    if (subset !== 0) hb.hb_face_destroy(subset);
    if (face !== 0) hb.hb_face_destroy(face);
    if (input !== 0) hb.hb_subset_input_destroy(input);
    if (data !== 0) hb.free(data);
  }
}

/** Weight (`usWeightClass`) and italic flag of an OpenType file, from its OS/2 table. */
export function faceStyle(font: Uint8Array): { weight: number; italic: boolean } | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.byteLength < 12) return undefined;
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (record + 16 > font.byteLength) return undefined;
    const tag = String.fromCharCode(...font.subarray(record, record + 4));
    if (tag !== "OS/2") continue;
    const offset = view.getUint32(record + 8);
    if (offset + 64 > font.byteLength) return undefined;
    const selection = view.getUint16(offset + 62);
    // fsSelection bit 0 is ITALIC, bit 9 OBLIQUE.
    return { weight: view.getUint16(offset + 4), italic: (selection & 0x201) !== 0 };
  }
  return undefined;
}
