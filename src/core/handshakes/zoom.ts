/**
 * Zoom endpoint URL validation: `{"event":"endpoint.url_validation","payload":{"plainToken":…}}`,
 * answered with `{"plainToken", "encryptedToken"}` where encryptedToken is the hex HMAC-SHA256 of
 * plainToken keyed with the app's secret token, within three seconds. Needs the secret, so only
 * for hook URLs sealed with `--verify zoom`, after the signature check.
 * https://developers.zoom.us/docs/api/webhooks/#validate-your-webhook-endpoint
 */
import { hmac, toHex, utf8 } from '../verify/crypto.js';
import { smallJson, type HandshakeAnswer, type HandshakeRequest } from './types.js';

export async function zoomValidation(req: HandshakeRequest): Promise<HandshakeAnswer | undefined> {
  if (req.method !== 'POST' || req.verify?.provider !== 'zoom' || req.verify.secret === undefined) return undefined;
  const body = smallJson(req.bodyText, 'endpoint.url_validation');
  const plainToken = body?.event === 'endpoint.url_validation' ? (body.payload as { plainToken?: unknown } | null)?.plainToken : undefined;
  if (typeof plainToken !== 'string' || plainToken.length > 1024) return undefined;
  const encryptedToken = toHex(await hmac('SHA-256', req.verify.secret, utf8(plainToken)));
  return { handshake: 'zoom', status: 200, contentType: 'application/json', body: JSON.stringify({ plainToken, encryptedToken }) };
}
