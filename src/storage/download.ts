/** Save text as a file through the browser's download, with no server involved. */
export type DownloadFn = (fileName: string, text: string) => void;

export const downloadText: DownloadFn = (fileName, text) =>
  saveBlob(fileName, new Blob([text], { type: 'application/json' }));

/** Save bytes (a zip, a calendar file) as a file. */
export type DownloadBytesFn = (fileName: string, bytes: Uint8Array | string, type: string) => void;

export const downloadBytes: DownloadBytesFn = (fileName, bytes, type) =>
  saveBlob(fileName, new Blob([bytes as BlobPart], { type }));

function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
