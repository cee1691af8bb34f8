/**
 * Runs Actionsflow's own code (the `actionsflow` 1.12 package and its triggers, a devDependency)
 * on repository_dispatch events, as `actionsflow build` does for a webhook: its context and
 * templating (getContext, getWorkflows), its request parsing (getEventByContext), its task
 * selection (getTasksByTriggerEvent), its trigger run with the general config options (run), and
 * the workflow it builds from the items (getBuiltWorkflows). Used only by the tests, in a child
 * process (Actionsflow is CommonJS, changes directory and writes a cache folder).
 *
 * Usage: node actionsflow-run.cjs <job.json> <out.json>
 * job.json: { cwd, secrets, events: [event …] }  (cwd holds workflows/)
 * out.json: [ { tasks: [ { workflow, trigger, items?, outcome?, built?, error? } ] } … ] per event
 */
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

async function main() {
  const [jobFile, outFile] = process.argv.slice(2);
  const job = JSON.parse(readFileSync(jobFile, 'utf8'));
  process.chdir(job.cwd);
  const core = require('actionsflow-core');
  const { run } = require('actionsflow/dist/src/trigger');
  const { getTasksByTriggerEvent } = require('actionsflow/dist/src/task');
  core.log.setLevel('silent');
  const results = [];
  for (const event of job.events) {
    // Actionsflow changes the event it reads: each use gets its own copy.
    const context = () => ({ secrets: { ...job.secrets }, github: { event_name: 'repository_dispatch', event: JSON.parse(JSON.stringify(event)) } });
    const workflows = await core.getWorkflows({ context: context(), cwd: job.cwd, include: [], exclude: [] });
    const triggerEvent = core.getEventByContext(context());
    const dest = join(job.cwd, 'dist');
    const tasks = await getTasksByTriggerEvent({ event: triggerEvent, workflows, globalOptions: {}, cwd: job.cwd, dest });
    const out = [];
    for (const task of tasks) {
      const entry = { workflow: task.workflow.relativePath, trigger: task.trigger.name };
      try {
        const r = await run({ workflow: task.workflow, trigger: task.trigger, event: task.event, cwd: job.cwd, dest });
        entry.items = r.items;
        entry.outcome = r.outcome;
        entry.built = await core.getBuiltWorkflows({
          workflow: task.workflow,
          trigger: { ...task.trigger, results: r.items, outcome: r.outcome, conclusion: r.conclusion },
          cwd: job.cwd,
        });
      } catch (err) {
        entry.error = String(err?.message ? err.message : err);
      }
      out.push(entry);
    }
    results.push({ tasks: out });
  }
  writeFileSync(outFile, JSON.stringify(results));
}

main().catch((err) => {
  console.error(err?.stack ? err.stack : String(err));
  process.exitCode = 1;
});
