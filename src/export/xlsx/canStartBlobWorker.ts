/**
 * Whether this page may start a Web Worker from a `blob:` URL, which fflate needs to
 * compress a large file (see inPageZipLimit.ts). A Content-Security-Policy that refuses it
 * makes the worker fail with an error event rather than throw, so the answer is found by
 * starting a one-line worker and waiting for its message or its error.
 */
export async function canStartBlobWorker(timeoutMs = 3000): Promise<boolean> {
  if (typeof Worker === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
  let worker: Worker;
  try {
    worker = new Worker(url);
  } catch {
    URL.revokeObjectURL(url);
    return false;
  }
  return new Promise<boolean>((resolve) => {
    const finish = (answer: boolean) => {
      clearTimeout(timer);
      worker.terminate();
      URL.revokeObjectURL(url);
      resolve(answer);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    worker.onmessage = () => finish(true);
    worker.onerror = () => finish(false);
  });
}
