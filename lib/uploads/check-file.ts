import { MAX_IMAGE_BYTES, SNIFF_BYTES, notAnImageMessage, sniffImageType, tooLargeMessage } from "./rules";

/**
 * The browser's check of a chosen file before it is sent, with the server's rules (size, then the type read from the
 * first bytes): null when it may be uploaded, else the message to show. The server checks again.
 */
export async function precheckImageFile(file: Blob & { name: string }): Promise<string | null> {
  if (file.size > MAX_IMAGE_BYTES) return tooLargeMessage(file.name);
  if (file.size === 0) return `“${file.name}” is empty`;
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return sniffImageType(head) ? null : notAnImageMessage(file.name);
}
