import { inflateRawSync } from 'node:zlib';

/** Limits for an uploaded .xlsx (a zip): generous for a register of a few thousand rows, tiny for a bomb. */
export const ZIP_LIMITS = { maxEntries: 500, maxTotalBytes: 50 * 1024 * 1024, maxEntryBytes: 30 * 1024 * 1024 };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Why a zip was refused; the caller turns it into a Swedish message. */
export class ZipRefused extends Error {
  constructor(readonly reason: 'not_zip' | 'too_many_entries' | 'too_large' | 'unsupported') {
    super(reason);
  }
}

/** The end-of-central-directory record: the last 22+ bytes (a comment of up to 64 KiB may follow it). */
function findEndOfCentralDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= earliest; at--) if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  throw new ZipRefused('not_zip');
}

type Entry = { method: number; flags: number; compressedSize: number; size: number; localOffset: number };

function readCentralDirectory(zip: Buffer): Entry[] {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipRefused('unsupported'); // ZIP64: never needed for a register
  if (count > ZIP_LIMITS.maxEntries) throw new ZipRefused('too_many_entries');
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new ZipRefused('not_zip');
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's real uncompressed length, inflating it under a cap so a lying size header cannot explode. */
function inflatedLength(zip: Buffer, entry: Entry, cap: number): number {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new ZipRefused('not_zip');
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) return data.length;
  try {
    return inflateRawSync(data, { maxOutputLength: cap }).length;
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new ZipRefused('too_large');
    throw new ZipRefused('not_zip');
  }
}

/**
 * Checks an uploaded zip before any library parses it: the entry count and the declared sizes from
 * the central directory, then each entry really inflated with a cap (declared sizes can lie), so a
 * zip bomb is refused after at most `maxTotalBytes` of work. Encrypted and ZIP64 files are refused.
 */
export function assertSafeZip(zip: Buffer): void {
  const entries = readCentralDirectory(zip);
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 1) throw new ZipRefused('unsupported');
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipRefused('unsupported');
    if (entry.size > ZIP_LIMITS.maxEntryBytes) throw new ZipRefused('too_large');
    total += entry.size;
    if (total > ZIP_LIMITS.maxTotalBytes) throw new ZipRefused('too_large');
  }
  let inflated = 0;
  for (const entry of entries) {
    const cap = Math.min(ZIP_LIMITS.maxEntryBytes, ZIP_LIMITS.maxTotalBytes - inflated) + 1;
    const length = inflatedLength(zip, entry, cap);
    if (length >= cap) throw new ZipRefused('too_large');
    inflated += length;
  }
}
