import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findAccelerator, loadCatalog, locateCatalog } from '../../../src/metrics/mfu/index.js';
import { parseCatalog } from '../../../src/metrics/mfu/catalog.js';
import { InputError } from '../../../src/util/errors.js';

const repoCatalog = resolve('configs/accelerators.yaml');

/** Every number under `accelerators` must sit in an object that names a listed source. */
function uncitedNumbers(node: unknown, path: string, sources: Set<string>, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => uncitedNumbers(item, `${path}[${i}]`, sources, out));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Record<string, unknown>;
  const hasNumber = Object.values(obj).some((v) => typeof v === 'number');
  if (hasNumber && !(typeof obj.source === 'string' && sources.has(obj.source))) out.push(path);
  for (const [key, value] of Object.entries(obj)) uncitedNumbers(value, `${path}.${key}`, sources, out);
}

describe('configs/accelerators.yaml', () => {
  const raw = yaml.load(readFileSync(repoCatalog, 'utf8')) as { sources: Record<string, unknown>; accelerators: Record<string, unknown> };

  it('cites a listed source for every number', () => {
    const missing: string[] = [];
    uncitedNumbers(raw.accelerators, 'accelerators', new Set(Object.keys(raw.sources)), missing);
    expect(missing).toEqual([]);
  });

  it('validates, and covers the parts the issue lists', () => {
    const catalog = loadCatalog(repoCatalog);
    const ids = catalog.accelerators.map((a) => a.id);
    for (const id of ['a100-sxm4-80gb', 'a800-40gb-active', 'h100-sxm', 'h100-pcie', 'h100-nvl', 'h800-sxm', 'h20', 'h200-sxm', 'b200', 'l40s', 'l20', 'l4', 'a10', 'mi250x-gcd', 'mi300x', 'mi325x', 'mi355x', 'gaudi2', 'gaudi3', 'ascend-910b']) {
      expect(ids).toContain(id);
    }
  });

  it('marks sparse-only figures as halved', () => {
    const h100 = findAccelerator(loadCatalog(repoCatalog), 'NVIDIA H100 80GB HBM3');
    expect(h100?.dense_tflops.BF16).toMatchObject({ value: 989.5, halved_from_sparse: 1979 });
    expect(h100?.dense_tflops.FP32?.halved_from_sparse).toBeUndefined();
  });

  it('matches nvidia-smi names exactly, never by substring', () => {
    const catalog = loadCatalog(repoCatalog);
    expect(findAccelerator(catalog, 'NVIDIA A100-SXM4-80GB')?.id).toBe('a100-sxm4-80gb');
    expect(findAccelerator(catalog, 'NVIDIA A10')?.id).toBe('a10');
    expect(findAccelerator(catalog, 'NVIDIA H100 PCIe')?.id).toBe('h100-pcie');
    expect(findAccelerator(catalog, 'AMD Instinct MI300X')?.id).toBe('mi300x');
    expect(findAccelerator(catalog, 'NVIDIA A1')).toBeNull();
    expect(findAccelerator(catalog, '910B')?.id).toBe('ascend-910b');
    expect(findAccelerator(catalog, '910')?.id).toBe('ascend-910');
    expect(findAccelerator(catalog, '9100')).toBeNull();
    expect(findAccelerator(catalog, 'Mystery Accelerator 9000')).toBeNull();
  });
});

describe('accelerator names as each vendor tool prints them', () => {
  const names: Array<[string, string, string]> = [
    ['nvidia-smi', 'NVIDIA H100 80GB HBM3', 'h100-sxm'],
    ['nvidia-smi', 'NVIDIA H20', 'h20'],
    ['nvidia-smi', 'NVIDIA GH200 480GB', 'gh200'],
    ['nvidia-smi', 'NVIDIA H200', 'h200-sxm'],
    ['nvidia-smi', 'NVIDIA A100-SXM4-80GB', 'a100-sxm4-80gb'],
    ['rocm-smi', 'AMD Instinct MI300X', 'mi300x'],
    ['rocm-smi', 'AMD Instinct MI250X/MI250', 'mi250x-gcd'],
    ['hl-smi', 'HL-225', 'gaudi2'],
    ['npu-smi', '910B3', 'ascend-910b'],
    ['other Ascend tools', 'Ascend910B3', 'ascend-910b'],
  ];
  for (const [tool, name, id] of names) {
    it(`${tool}: "${name}" is ${id}`, () => {
      expect(findAccelerator(loadCatalog(repoCatalog), name)?.id).toBe(id);
    });
  }

  it('H20 FP8 and GH200 have cited dense peaks', () => {
    const catalog = loadCatalog(repoCatalog);
    expect(findAccelerator(catalog, 'NVIDIA H20')?.dense_tflops.FP8).toMatchObject({ value: 296, source: 'zangshuxian-h20' });
    const gh200 = findAccelerator(catalog, 'NVIDIA GH200 480GB');
    expect(gh200?.dense_tflops.BF16).toMatchObject({ value: 989.5, halved_from_sparse: 1979, source: 'nvidia-gh200-page' });
    expect(gh200?.bandwidth_gbps?.value).toBe(4000);
  });
});

describe('locating the catalog', () => {
  it('walks up from a source directory and from a bundled dist/<entry>/ directory', () => {
    expect(locateCatalog(resolve('src/metrics/mfu'))).toBe(repoCatalog);
    const root = mkdtempSync(join(tmpdir(), 'mfu-root-'));
    mkdirSync(join(root, 'configs'));
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    copyFileSync(repoCatalog, join(root, 'configs', 'accelerators.yaml'));
    expect(locateCatalog(join(root, 'dist', 'cli'))).toBe(join(root, 'configs', 'accelerators.yaml'));
  });

  it('returns null where there is none', () => {
    expect(locateCatalog(mkdtempSync(join(tmpdir(), 'mfu-none-')))).toBeNull();
  });

  it('accepts an explicit path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mfu-explicit-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, 'schema: infergate/accelerators\nversion: 1\nsources:\n  s: { title: t, url: "https://example.com/x", kind: vendor }\naccelerators:\n  toy:\n    vendor: V\n    name: Toy\n    dense_tflops:\n      BF16: { value: 10, source: s }\n');
    expect(loadCatalog(file).accelerators.map((a) => a.id)).toEqual(['toy']);
  });
});

describe('a bad catalog is an InputError naming the file and key', () => {
  const base = (accelerators: string) => `schema: infergate/accelerators\nversion: 1\nsources:\n  s: { title: t, url: "https://example.com/x", kind: vendor }\naccelerators:\n${accelerators}`;
  const cases: Array<[string, string, RegExp]> = [
    ['unknown source', '  toy:\n    vendor: V\n    name: Toy\n    dense_tflops:\n      BF16: { value: 10, source: nope }\n', /bad\.yaml: accelerators\.toy\.dense_tflops\.BF16\.source: "nope" is not listed/],
    ['missing source', '  toy:\n    vendor: V\n    name: Toy\n    dense_tflops:\n      BF16: { value: 10 }\n', /bad\.yaml: accelerators\.toy\.dense_tflops\.BF16\.source/],
    ['negative value', '  toy:\n    vendor: V\n    name: Toy\n    dense_tflops:\n      BF16: { value: -1, source: s }\n', /accelerators\.toy\.dense_tflops\.BF16\.value/],
    ['unknown precision', '  toy:\n    vendor: V\n    name: Toy\n    dense_tflops:\n      FP64: { value: 1, source: s }\n', /accelerators\.toy\.dense_tflops/],
    ['inconsistent halving', '  toy:\n    vendor: V\n    name: Toy\n    dense_tflops:\n      BF16: { value: 10, source: s, halved_from_sparse: 30 }\n', /not half of halved_from_sparse 30/],
    ['ambiguous alias', '  one:\n    vendor: V\n    name: One\n    aliases: [Toy X]\n    dense_tflops: {}\n  two:\n    vendor: V\n    name: Two\n    aliases: [toy-x]\n    dense_tflops: {}\n', /"toy-x" also matches accelerators\.one/],
  ];
  for (const [what, body, message] of cases) {
    it(what, () => {
      expect(() => parseCatalog(base(body), 'bad.yaml')).toThrow(InputError);
      expect(() => parseCatalog(base(body), 'bad.yaml')).toThrow(message);
    });
  }
  it('invalid YAML names the line', () => {
    expect(() => parseCatalog('schema: [\n', 'bad.yaml')).toThrow(/bad\.yaml:\d+: not valid YAML/);
  });
});
