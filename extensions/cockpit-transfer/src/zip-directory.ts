/**
 * The central directory of a zip file (an .xlsx is one): which files it holds, how large they
 * claim to be unpacked, and where their bytes are. Read from the end of the buffer without
 * unpacking anything, so a workbook can be refused by its size and entry count first.
 * Only what .xlsx writers produce: no ZIP64, no encryption, stored or deflated entries.
 */
export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated. */
	method: number;
	encrypted: boolean;
	compressedSize: number;
	/** As the directory claims it; unpacking checks the real size. */
	uncompressedSize: number;
	/** CRC-32 of the unpacked bytes. */
	crc: number;
	/** The entry's compressed bytes inside the buffer. */
	dataStart: number;
}

export type ZipDirectory = { entries: ZipEntry[] } | { error: 'not-a-zip' | 'zip64' | { tooManyEntries: number } };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_LENGTH = 22;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(buffer: Buffer, maxEntries: number): ZipDirectory {
	let end = -1;
	for (let at = buffer.length - END_LENGTH; at >= Math.max(0, buffer.length - END_LENGTH - MAX_COMMENT); at--) {
		if (buffer.readUInt32LE(at) === END_OF_DIRECTORY) {
			end = at;
			break;
		}
	}
	if (end < 0) return { error: 'not-a-zip' };
	const count = buffer.readUInt16LE(end + 10);
	const directoryOffset = buffer.readUInt32LE(end + 16);
	if (count === 0xffff || directoryOffset === 0xffffffff) return { error: 'zip64' };
	// Refused before a single entry is looked at.
	if (count > maxEntries) return { error: { tooManyEntries: count } };

	const entries: ZipEntry[] = [];
	let at = directoryOffset;
	for (let i = 0; i < count; i++) {
		if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== DIRECTORY_ENTRY) return { error: 'not-a-zip' };
		const flags = buffer.readUInt16LE(at + 8);
		const nameLength = buffer.readUInt16LE(at + 28);
		const next = at + 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
		const localOffset = buffer.readUInt32LE(at + 42);
		const compressedSize = buffer.readUInt32LE(at + 20);
		if (next > buffer.length || localOffset + 30 > buffer.length || buffer.readUInt32LE(localOffset) !== LOCAL_HEADER) return { error: 'not-a-zip' };
		const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
		if (dataStart + compressedSize > buffer.length) return { error: 'not-a-zip' };
		entries.push({
			// Bit 11: the name is UTF-8; otherwise code page 437, of which .xlsx names use only ASCII.
			name: buffer.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength),
			method: buffer.readUInt16LE(at + 10),
			encrypted: (flags & 0x1) !== 0,
			compressedSize,
			uncompressedSize: buffer.readUInt32LE(at + 24),
			crc: buffer.readUInt32LE(at + 16),
			dataStart,
		});
		at = next;
	}
	return { entries };
}
