/**
 * A GitHub App's private key as PKCS#8 PEM, whatever form it was given in. GitHub issues PKCS#1
 * (`BEGIN RSA PRIVATE KEY`); Web Crypto (Workers) imports only PKCS#8, so a PKCS#1 key is wrapped
 * into a PKCS#8 PrivateKeyInfo here: pure DER, the same on every runtime.
 * https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/managing-private-keys-for-github-apps
 * https://www.rfc-editor.org/rfc/rfc5208#section-5
 */

/** `AlgorithmIdentifier { rsaEncryption, NULL }` in DER. */
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) out.unshift(v % 256);
  return [0x80 | out.length, ...out];
}

const tlv = (tag: number, body: ArrayLike<number>): number[] => [tag, ...derLength(body.length), ...Array.from(body)];

function base64Lines(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return (btoa(bin).match(/.{1,64}/g) ?? []).join('\n');
}

/**
 * The key as PKCS#8 PEM. Accepts PKCS#1 or PKCS#8 PEM, with real or escaped (`\n`) line breaks
 * (keys kept in environment variables often have the latter). Throws an Error that says what is
 * wrong and never quotes the key.
 */
export function toPkcs8Pem(pem: string): string {
  const text = pem.replace(/\\n/g, '\n').replace(/\r/g, '').trim();
  const m = /^-----BEGIN (RSA PRIVATE KEY|PRIVATE KEY)-----\n([A-Za-z0-9+/=\n\s]+?)\n?-----END \1-----$/.exec(text);
  if (!m) {
    throw new Error(
      'the GitHub App private key is not a PEM private key (expected "-----BEGIN RSA PRIVATE KEY-----" as GitHub issues it, or "-----BEGIN PRIVATE KEY-----")',
    );
  }
  let der: Uint8Array;
  try {
    der = Uint8Array.from(atob(m[2]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    throw new Error('the GitHub App private key is damaged (its base64 body does not decode)');
  }
  if (der.length < 64 || der[0] !== 0x30) throw new Error('the GitHub App private key is damaged (not a DER sequence)');
  const pkcs8 = m[1] === 'PRIVATE KEY' ? der : Uint8Array.from(tlv(0x30, [...tlv(0x02, [0]), ...RSA_ALGORITHM, ...tlv(0x04, der)]));
  return `-----BEGIN PRIVATE KEY-----\n${base64Lines(pkcs8)}\n-----END PRIVATE KEY-----\n`;
}
