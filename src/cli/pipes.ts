// Output piped into a reader that stops early (`followup analyze … | head -1`): the next write fails with
// EPIPE, which Node raises as an 'error' event and, unhandled, as a stack trace. The reader has all it wanted:
// end quietly, with the status the run had so far.

/** Ends the process quietly when `stream`'s reader has gone; any other stream error still surfaces. */
export function endQuietlyOnEpipe(stream: NodeJS.WritableStream, exit: () => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit();
    else throw error;
  });
}
