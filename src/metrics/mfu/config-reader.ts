import { InputError, located } from '../../util/errors.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Typed reads of one config.json's keys; every error is an InputError naming the file and the key
 * (as `text_config.<key>` when the key came from a multimodal wrapper's nested text config).
 */
export class ConfigReader {
  constructor(
    readonly cfg: Json,
    readonly file: string,
    private readonly nested: Json | null,
  ) {}

  where(key: string): string {
    return this.nested && key in this.nested ? `text_config.${key}` : key;
  }

  fail(message: string): InputError {
    return new InputError(located(this.file, undefined, message));
  }

  /** The first of `keys` that is present, as a non-negative integer; null when none is. */
  int(keys: string[]): number | null {
    for (const key of keys) {
      const value = this.cfg[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        throw this.fail(`${this.where(key)} must be a non-negative integer, got ${JSON.stringify(value)}`);
      }
      return value;
    }
    return null;
  }

  need(keys: string[]): number {
    const value = this.int(keys);
    if (value === null) throw this.fail(`missing ${keys.map((k) => this.where(k)).join(' or ')}: cannot count parameters or FLOPs without it`);
    return value;
  }

  positive(keys: string[]): number {
    const value = this.need(keys);
    if (value === 0) throw this.fail(`${this.where(keys[0] as string)} must be positive`);
    return value;
  }

  str(key: string): string | null {
    return typeof this.cfg[key] === 'string' ? (this.cfg[key] as string) : null;
  }

  bool(key: string): boolean | null {
    const value = this.cfg[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') throw this.fail(`${this.where(key)} must be true or false, got ${JSON.stringify(value)}`);
    return value;
  }

  /** An array of non-negative integers (layer indices, flags), or null when absent. */
  intList(key: string): number[] | null {
    const value = this.cfg[key];
    if (value === undefined || value === null) return null;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0)) {
      throw this.fail(`${this.where(key)} must be a list of non-negative integers`);
    }
    return value as number[];
  }
}
