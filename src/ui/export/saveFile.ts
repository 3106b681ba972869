import type { ExportedFile } from '../../export/types';

/**
 * Offer a built file as a download. The object URL is revoked a little later, since some
 * browsers start reading it only after the click handler returns.
 */
export function saveFile(file: Pick<ExportedFile, 'blob' | 'fileName'>): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
