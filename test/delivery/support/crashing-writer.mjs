// A writer thread that dies when asked to read the delivery `crash-now`: the real writer
// (dist/node/sqlite-writer.js, imported first so its listener is in place before any message)
// starts the read, and this listener ends the thread before the answer goes back. For the test of
// what the main thread does when its writer is gone.
import { parentPort } from 'node:worker_threads';
import '../../../dist/node/sqlite-writer.js';

parentPort.on('message', (calls) => {
  if (calls.some((c) => c.args[0] === 'crash-now')) process.exit(3);
});
