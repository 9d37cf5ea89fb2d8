import { setFlagsFromString } from "node:v8";

/** From this input size on the CLI asks V8 to keep its heap close to what is live (keepHeapSmall). */
export const LARGE_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * Lets V8's old generation grow by a fifth of what survived the last full collection before it collects again,
 * instead of by a factor V8 picks between 1.1 and 4 (4 on a machine with much memory). A scan of a big document
 * leaves much garbage behind each rule (their lists of hits and sentences), and with the default factor the heap held
 * up to twice what was live. Measured on the 16 MB synthetic document (one scan, fresh process): peak RSS 477 ->
 * 438 MB at the same CPU time (29 s). Set by the CLI and the engine bench only, for large inputs: the flag holds for
 * the whole process, and a server that scans many small texts is better off with V8's own choice.
 */
export function keepHeapSmall(): void {
  setFlagsFromString("--heap-growing-percent=20");
}
