import 'server-only';

/** A typed array's bytes as a Buffer for a BLOB column, without copying. */
export const blobOf = (values: Float64Array | Int32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);

/** A BLOB's bytes in an aligned buffer of their own (a Buffer may sit at any offset of a shared pool). */
const ownBytes = (blob: Buffer) => blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength) as ArrayBuffer;

export const float64Of = (blob: Buffer) => new Float64Array(ownBytes(blob));
export const int32Of = (blob: Buffer) => new Int32Array(ownBytes(blob));
