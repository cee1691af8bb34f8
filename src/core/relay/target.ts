/**
 * Which of GitHub's two ways in a webhook takes: a `repository_dispatch` event (the default), or a
 * `workflow_dispatch` run of one workflow file, which GitHub answers with a link to the run.
 * app.ts chooses the Target once per request from the query (`__workflow`, `__ref`,
 * `__event_type`); a credential that fixes the target (a sealed token's claims) replaces the
 * query's choice with its own, so everything after app.ts only ever sees a Target value.
 * https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event
 */
import { RelayError } from '../errors.js';
import { eventTypeOf, type SplitQuery } from './query.js';

/** A `repository_dispatch` event of this `event_type`. */
export interface RepositoryDispatchTarget {
  kind: 'repository_dispatch';
  eventType: string;
}

/** A `workflow_dispatch` run of `workflow` on `ref` (undefined: the repository's default branch). */
export interface WorkflowDispatchTarget {
  kind: 'workflow_dispatch';
  /** The workflow file name in `.github/workflows` (`webhook.yml`), or a workflow id. */
  workflow: string;
  ref?: string | undefined;
}

/** Where a delivery goes. */
export type Target = RepositoryDispatchTarget | WorkflowDispatchTarget;

/** `event_type` label stored for a workflow_dispatch delivery (the event its run sees). */
export const WORKFLOW_DISPATCH_EVENT = 'workflow_dispatch';

// A workflow file name (GitHub takes the file name in place of the id) or a numeric workflow id.
const WORKFLOW_RE = /^(?:[A-Za-z0-9._-]{1,250}\.ya?ml|\d{1,20})$/;
// Git ref names: no control characters, spaces or any of ~ ^ : ? * [ \ ; see `git check-ref-format`.
const REF_CHARS = /^[^\x00-\x20\x7f~^:?*[\\]+$/;
const MAX_REF_LENGTH = 255;

/** Whether the text names a workflow as GitHub takes it (a file name in .github/workflows, or an id). */
export function isWorkflowName(value: string): boolean {
  return WORKFLOW_RE.test(value);
}

/** The workflow named by `__workflow`; throws 400 naming what to change. */
export function workflowOf(value: string): string {
  if (!isWorkflowName(value)) {
    throw new RelayError(
      400,
      'invalid_workflow',
      `__workflow must name a workflow file in .github/workflows, such as webhook.yml (letters, digits, '.', '_' or '-', ending in .yml or .yaml), or a workflow id; got "${truncate(value)}".`,
    );
  }
  return value;
}

/** Whether the text is a git ref name GitHub would take (see `git check-ref-format`). */
export function isRefName(value: string): boolean {
  return !(
    value.length === 0 ||
    value.length > MAX_REF_LENGTH ||
    !REF_CHARS.test(value) ||
    value.includes('..') ||
    value.includes('@{') ||
    value.includes('//') ||
    /^[-/.]|[/.]$|\.lock$/.test(value)
  );
}

/** The git ref named by `__ref`; throws 400 naming what to change. */
export function refOf(value: string): string {
  const bad = !isRefName(value);
  if (bad) {
    throw new RelayError(
      400,
      'invalid_ref',
      `__ref must be a branch or tag name such as main or v1.2 (at most ${MAX_REF_LENGTH} characters, no spaces, control characters or any of ~ ^ : ? * [ \\ and no ".."); got "${truncate(value)}".`,
    );
  }
  return value;
}

/**
 * The target the query asks for: `__workflow` (with `__ref`) chooses workflow_dispatch, else
 * repository_dispatch with `__event_type`. Asking for both, or `__ref` without `__workflow`, is a
 * 400: each belongs to one kind of event only.
 */
export function targetOf(system: SplitQuery['system']): Target {
  const workflow = system.__workflow;
  if (workflow === undefined) {
    if (system.__ref !== undefined) {
      throw new RelayError(
        400,
        'invalid_ref',
        '__ref chooses the branch of a workflow_dispatch run; add __workflow=<file.yml> (a repository_dispatch event always runs on the default branch).',
      );
    }
    return { kind: 'repository_dispatch', eventType: eventTypeOf(system) };
  }
  if (system.__event_type !== undefined) {
    throw new RelayError(400, 'invalid_event_type', '__event_type names a repository_dispatch event and __workflow a workflow_dispatch run: use one of them.');
  }
  return { kind: 'workflow_dispatch', workflow: workflowOf(workflow), ...(system.__ref !== undefined ? { ref: refOf(system.__ref) } : {}) };
}

/** The `event_type` a delivery to this target is stored with. */
export function eventLabelOf(target: Target): string {
  return target.kind === 'repository_dispatch' ? target.eventType : WORKFLOW_DISPATCH_EVENT;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
