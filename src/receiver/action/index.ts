/** Entry of the bundled Action (`dist/action/index.js`): only calls {@link run}. */
import { run } from './main.js';

run().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.log(`::error::${String(err)}`);
    process.exitCode = 1;
  },
);
