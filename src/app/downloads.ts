import type { Store } from '../state/store';

/** Saves a blob as a file in the user's browser; nothing leaves the machine. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves every file a panel asks for (`downloadFile` in state/actions.ts). */
export function saveDownloads(store: Store): void {
  store.select(
    (s) => s.download,
    (download) => {
      if (download) downloadBlob(download.fileName, new Blob([download.text], { type: download.type }));
    },
  );
}
