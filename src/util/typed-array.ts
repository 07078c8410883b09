/** A typed array of the same kind with room for `capacity` elements, holding the first `used` of `array`. */
export function grownTo<T extends Float64Array | Uint32Array | Int32Array | Uint8Array | Int8Array>(array: T, capacity: number, used: number = array.length): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array.subarray(0, used));
  return next;
}
