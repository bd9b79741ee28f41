/**
 * The rows of a `COPY … TO STDOUT (FORMAT binary)` output, each a list of its fields' raw bytes
 * (null for NULL). Text fields are their UTF-8 bytes; bytea fields are the bytes themselves.
 */
export function copyBinaryRows(data: Buffer): (Buffer | null)[][] {
  // Header: an 11-byte signature, 32-bit flags, then a header extension of the given length.
  let at = 19 + data.readUInt32BE(15);
  const rows: (Buffer | null)[][] = [];
  for (let count = data.readInt16BE(at); count !== -1; count = data.readInt16BE(at)) {
    at += 2;
    const fields: (Buffer | null)[] = [];
    for (let i = 0; i < count; i += 1) {
      const length = data.readInt32BE(at);
      at += 4;
      fields.push(length < 0 ? null : data.subarray(at, at + length));
      at += Math.max(length, 0);
    }
    rows.push(fields);
  }
  return rows;
}
