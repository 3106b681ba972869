/**
 * True when the bytes start as a zip file does ("PK\x03\x04"). On its own, so telling a zip
 * from a JSON file does not load the zip library.
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
