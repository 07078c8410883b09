import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'zod';
import { InputError, located } from '../../util/errors.js';
import { findUp } from '../../util/find-up.js';
import { readFileOrFail } from '../../util/read-file.js';
import { decodeUtf8Text } from '../../util/utf8-text.js';
import { PRECISIONS, type Precision } from './precision.js';

/**
 * configs/accelerators.yaml: peak dense throughput per precision, memory and bandwidth of each
 * accelerator, every number tied to a named source. A figure the vendor publishes only with 2:4
 * sparsity is stored halved, with the published figure kept in `halved_from_sparse`.
 */
export const CATALOG_RELATIVE_PATH = join('configs', 'accelerators.yaml');

const figure = z.strictObject({
  value: z.number().positive(),
  source: z.string().min(1),
  /** The vendor's with-sparsity figure this dense value is half of. */
  halved_from_sparse: z.number().positive().optional(),
  /** How the value follows from the source when it is not printed there as is (e.g. per-GCD = package / 2). */
  derived: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});
export type CatalogFigure = z.infer<typeof figure>;

const source = z.strictObject({
  title: z.string().min(1),
  url: z.url(),
  /** `vendor`: the maker's datasheet or product page; `third-party`: where the maker publishes none. */
  kind: z.enum(['vendor', 'third-party']),
});

const precisionMap = z.partialRecord(z.enum(PRECISIONS), figure);

const accelerator = z.strictObject({
  vendor: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  memory_gb: figure.optional(),
  bandwidth_gbps: figure.optional(),
  dense_tflops: precisionMap,
  note: z.string().min(1).optional(),
});

const catalogSchema = z.strictObject({
  schema: z.literal('infergate/accelerators'),
  version: z.literal(1),
  sources: z.record(z.string(), source),
  accelerators: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'), accelerator),
});

export type AcceleratorEntry = z.infer<typeof accelerator> & { id: string };
export interface Catalog {
  file: string;
  sources: Record<string, z.infer<typeof source>>;
  accelerators: AcceleratorEntry[];
}

/** Walks up from this module's directory to find configs/accelerators.yaml: works from src/ and from dist/<entry>/index.js. */
export function locateCatalog(startDir: string = dirname(fileURLToPath(import.meta.url))): string | null {
  return findUp(CATALOG_RELATIVE_PATH, startDir);
}

const cache = new Map<string, Catalog>();

/** Loads and validates the catalog (the explicit path, or the one found by locateCatalog). */
export function loadCatalog(explicitPath?: string): Catalog {
  const file = explicitPath ?? locateCatalog();
  if (file === null) throw new InputError(`accelerator catalog ${CATALOG_RELATIVE_PATH} not found above ${dirname(fileURLToPath(import.meta.url))}; pass its path explicitly`);
  const cached = cache.get(file);
  if (cached) return cached;
  const bytes = readFileOrFail(file, { what: 'the accelerator catalog' });
  const catalog = parseCatalog(decodeUtf8Text(bytes, file), file);
  cache.set(file, catalog);
  return catalog;
}

export function parseCatalog(text: string, file: string): Catalog {
  let raw: unknown;
  try {
    raw = yaml.load(text, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = mark?.line === undefined ? undefined : mark.line + 1;
    throw new InputError(located(file, line, `not valid YAML (${(error as { reason?: string }).reason ?? (error as Error).message})`));
  }
  const parsed = catalogSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.map(String).join('.') ?? '';
    throw new InputError(located(file, undefined, `${key === '' ? '(top level)' : key}: ${issue?.message ?? 'invalid'}`));
  }
  const data = parsed.data;
  const accelerators: AcceleratorEntry[] = [];
  const seenNames = new Map<string, string>();
  for (const [id, entry] of Object.entries(data.accelerators)) {
    const figures: Array<[string, CatalogFigure | undefined]> = [
      ['memory_gb', entry.memory_gb],
      ['bandwidth_gbps', entry.bandwidth_gbps],
      ...Object.entries(entry.dense_tflops).map(([p, f]): [string, CatalogFigure | undefined] => [`dense_tflops.${p}`, f]),
    ];
    for (const [key, f] of figures) {
      if (!f) continue;
      const at = `accelerators.${id}.${key}`;
      if (!(f.source in data.sources)) throw new InputError(located(file, undefined, `${at}.source: "${f.source}" is not listed under sources`));
      if (f.halved_from_sparse !== undefined && Math.abs(f.halved_from_sparse / 2 - f.value) > 1e-6 * f.value + 0.05) {
        throw new InputError(located(file, undefined, `${at}: value ${f.value} is not half of halved_from_sparse ${f.halved_from_sparse}`));
      }
    }
    for (const name of [id, ...entry.aliases]) {
      const key = normalizeAcceleratorName(name);
      const other = seenNames.get(key);
      if (other !== undefined && other !== id) throw new InputError(located(file, undefined, `accelerators.${id}: name "${name}" also matches accelerators.${other}`));
      seenNames.set(key, id);
    }
    accelerators.push({ ...entry, id });
  }
  return { file, sources: data.sources, accelerators };
}

/**
 * "NVIDIA H100 80GB HBM3" → "h10080gbhbm3": lower-case, vendor words and punctuation dropped.
 * "Ascend" is dropped even when glued to the model number: npu-smi prints "910B3" for the chip
 * other tools call "Ascend910B3". Matching is exact on this form, never by substring, so "A10"
 * cannot match "A100".
 */
export function normalizeAcceleratorName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(nvidia|amd|instinct|intel|habana|huawei|tesla)\b/g, '')
    .replace(/\bascend/g, '')
    .replace(/[^a-z0-9]/g, '');
}

export function findAccelerator(catalog: Catalog, gpuName: string): AcceleratorEntry | null {
  const key = normalizeAcceleratorName(gpuName);
  if (key === '') return null;
  return catalog.accelerators.find((a) => normalizeAcceleratorName(a.id) === key || a.aliases.some((alias) => normalizeAcceleratorName(alias) === key)) ?? null;
}

export function denseTflops(entry: AcceleratorEntry, precision: Precision): CatalogFigure | undefined {
  return entry.dense_tflops[precision];
}
