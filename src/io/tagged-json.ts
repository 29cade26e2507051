/**
 * JSON for the data a corpus index is made of: Maps, Sets, typed arrays and bigints are
 * written as one-key objects ({"$map": [[k, v], ...]}) and read back as themselves, so that
 * rules can keep the types that suit them and still be saved with `--write-index`.
 */

type TypedArrayName =
  | "Uint8Array" | "Int8Array" | "Uint16Array" | "Int16Array" | "Uint32Array" | "Int32Array"
  | "Float32Array" | "Float64Array" | "BigUint64Array" | "BigInt64Array";

const TYPED: Record<TypedArrayName, { from(values: ArrayLike<any>): ArrayBufferView }> = {
  Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array,
  Float32Array, Float64Array, BigUint64Array, BigInt64Array,
};

function encodeValue(value: unknown): unknown {
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encodeValue(k), encodeValue(v)]) };
  if (value instanceof Set) return { $set: [...value].map(encodeValue) };
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const name = value.constructor.name as TypedArrayName;
    if (!(name in TYPED)) throw new TypeError(`cannot save a ${name} in an index`);
    return { $typed: name, values: Array.from(value as unknown as ArrayLike<number | bigint>, (v) => (typeof v === "bigint" ? v.toString() : v)) };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value !== null && typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`cannot save a ${proto?.constructor?.name ?? "class"} instance in an index: give the rule serializeIndex/deserializeIndex`);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeValue(v);
    return out;
  }
  return value;
}

function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value === null || typeof value !== "object") return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === "$bigint") return BigInt(o.$bigint as string);
  if (keys.length === 1 && keys[0] === "$map") return new Map((o.$map as [unknown, unknown][]).map(([k, v]) => [decodeValue(k), decodeValue(v)]));
  if (keys.length === 1 && keys[0] === "$set") return new Set((o.$set as unknown[]).map(decodeValue));
  if (keys.length === 2 && typeof o.$typed === "string" && Array.isArray(o.values)) {
    const name = o.$typed as TypedArrayName;
    const big = name.startsWith("Big");
    return TYPED[name].from((o.values as (number | string)[]).map((v) => (big ? BigInt(v) : v)));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = decodeValue(v);
  return out;
}

export function toTaggedJson(value: unknown): string {
  return JSON.stringify(encodeValue(value));
}

export function fromTaggedJson(text: string): unknown {
  return decodeValue(JSON.parse(text));
}
