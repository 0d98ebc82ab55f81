import zlib from "node:zlib";

/**
 * Re-compresses a PNG losslessly: its image data (the IDAT chunks) deflated again at zlib's
 * highest level. Chromium writes screenshots with fast compression; this makes them about a third
 * smaller with the same pixels, without an image library. Other chunks are kept as they are.
 */
export function recompressPng(png: Buffer): Buffer {
  const SIGNATURE = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = SIGNATURE; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString("latin1", at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const idat = zlib.deflateSync(zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data))), { level: 9, memLevel: 9 });
  const out: Buffer[] = [png.subarray(0, SIGNATURE)];
  let wroteIdat = false;
  for (const c of chunks) {
    if (c.type === "IDAT") {
      if (!wroteIdat) out.push(chunk("IDAT", idat));
      wroteIdat = true;
    } else out.push(chunk(c.type, c.data));
  }
  return Buffer.concat(out);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
