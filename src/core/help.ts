/** The help text served at `GET /` (also the `documentation_url` of every error). */
export function helpText(origin: string, githubApiUrl: string): string {
  return `webhook2github relay
====================

Turns any webhook into a GitHub Actions run: every request to

  ${origin}/<owner>/<repo>/<path>?__token=<github-token>

becomes a repository_dispatch event (event_type "webhook") in <owner>/<repo>,
sent to ${githubApiUrl}. Its client_payload carries the original request:
path, method, headers, body (byte-exact), id and received_at.

Token (first found wins)
  ?__token=<token>                  query parameter
  X-Github-Authorization: <token>   header
  Authorization: <token>            header (used only when neither above is given)
  A bare token is sent as "token <token>"; "Bearer <token>" is sent as is.

Optional query parameters (removed before forwarding)
  __event_type=<name>               event_type, 1-100 characters (default: webhook)
  __workflow=<file.yml>             start a workflow_dispatch run of this workflow instead;
                                    the answer carries run_id and html_url (the run's link)
  __ref=<branch or tag>             the run's branch (default: the repository's default branch)
  __response_code=<200-599>         status to answer with
  __response_content_type=<type>    content type to answer with
  __response_body=<text>            body to answer with

Answers
  GitHub's status (204 shown as 200 {"success":true}), or 202 {"success":true,"queued":true,"id":...}
  when the delivery was stored for retry. Errors: {"success":false,"message":...}.
  The delivery id is in the X-Webhook2github-Delivery header.

Example
  curl -X POST '${origin}/octocat/hello-world/telegram?__token=ghp_xxx' \\
       -H 'content-type: application/json' -d '{"hello":"world"}'

Health: GET ${origin}/healthz
`;
}
