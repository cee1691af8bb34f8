/**
 * The public key of a PEM certificate, for Web Crypto (which imports SubjectPublicKeyInfo, not
 * certificates): a minimal DER walk to the certificate's `subjectPublicKeyInfo` field.
 * Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber,
 * signature, issuer, validity, subject, subjectPublicKeyInfo, … }, … } (RFC 5280 §4.1).
 */
import { fromBase64 } from './crypto.js';

interface Tlv {
  tag: number;
  /** Where the whole element starts and its content starts and ends. */
  start: number;
  body: number;
  end: number;
}

function readTlv(b: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = b[at]!;
  let len = b[at + 1]!;
  let body = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || body + n > limit) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[body + i]!;
    body += n;
  }
  const end = body + len;
  return end <= limit ? { tag, start: at, body, end } : undefined;
}

/** The DER bytes inside the first PEM block with this label, else undefined. */
export function pemBytes(pem: string, label: string): Uint8Array | undefined {
  const m = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(pem);
  return m ? fromBase64(m[1]!.replace(/\s+/g, '')) : undefined;
}

/** The SubjectPublicKeyInfo of a DER certificate, else undefined. */
export function certificateSpki(der: Uint8Array): Uint8Array | undefined {
  const cert = readTlv(der, 0, der.length);
  if (cert?.tag !== 0x30) return undefined;
  const tbs = readTlv(der, cert.body, cert.end);
  if (tbs?.tag !== 0x30) return undefined;
  let at = tbs.body;
  let field = readTlv(der, at, tbs.end);
  if (field?.tag === 0xa0) {
    at = field.end;
    field = readTlv(der, at, tbs.end);
  }
  // serialNumber, signature, issuer, validity, subject, then subjectPublicKeyInfo.
  for (let i = 0; i < 5; i++) {
    if (field === undefined) return undefined;
    at = field.end;
    field = readTlv(der, at, tbs.end);
  }
  return field?.tag === 0x30 ? der.subarray(field.start, field.end) : undefined;
}

/** The SubjectPublicKeyInfo of a PEM certificate or PEM public key, else undefined. */
export function spkiOfPem(pem: string): Uint8Array | undefined {
  const cert = pemBytes(pem, 'CERTIFICATE');
  if (cert !== undefined) return certificateSpki(cert);
  return pemBytes(pem, 'PUBLIC KEY');
}
