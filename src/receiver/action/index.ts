/** Entry of the bundled Action (`dist/action/index.js`): only calls {@link run}. */
import { escapeData } from './commands.js';
import { run } from './main.js';

run().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.log(`::error::${escapeData(String(err))}`);
    process.exitCode = 1;
  },
);
