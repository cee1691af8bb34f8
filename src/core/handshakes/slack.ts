/**
 * Slack Events API URL verification, answered at the edge: Slack sends
 * `{"type":"url_verification","challenge":…}` when an app's Request URL is set and expects the
 * challenge back within 3 s. A GitHub Actions run cannot answer it, so the relay does, and
 * dispatches nothing. https://api.slack.com/events/url_verification
 */

/** The challenge to echo when the body is a Slack URL verification, else undefined. */
export function slackChallenge(headers: Headers, bodyText: string | undefined): string | undefined {
  if (bodyText === undefined || !(headers.get('content-type') ?? '').includes('application/json')) return undefined;
  // Cheap guard before parsing: ordinary webhooks never pay for a second JSON parse.
  if (!bodyText.includes('url_verification')) return undefined;
  try {
    const body = JSON.parse(bodyText) as { type?: unknown; challenge?: unknown };
    return body.type === 'url_verification' && typeof body.challenge === 'string' && body.challenge.length <= 1000 ? body.challenge : undefined;
  } catch {
    return undefined;
  }
}
