/**
 * AWS SNS in tests: a certificate authority and an SNS signing certificate for
 * `sns.us-east-1.amazonaws.com` made at test time with openssl, an HTTPS server on 127.0.0.1 that
 * serves the certificate (and presents it for TLS), message signing by AWS's documented scheme
 * (written here, independently of the verifier), and the `sns-payload-validator` package asked
 * for its verdict with an https agent that reaches the loopback server instead of AWS.
 */
import { execFileSync } from 'node:child_process';
import { sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';
import SnsValidator from 'sns-payload-validator';

export const SNS_HOST = 'sns.us-east-1.amazonaws.com';

export interface SnsSigner {
  /** Where the message says its certificate is (the AWS form, 32 characters of name). */
  certUrl: string;
  certPem: string;
  /** The test CA (for a client that should trust the loopback server). */
  caPem: string;
  topicArn: string;
  /** The loopback HTTPS server that answers for SNS_HOST. */
  port: number;
  /** Paths the server was asked for (certificates and subscription confirmations). */
  fetched: string[];
  /** caPem written to a file, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  /** Answers a request for SNS_HOST as the loopback server does (for a Worker's outboundService). */
  answer(path: string): Response;
  sign(msg: Record<string, string>, version: '1' | '2'): Record<string, string>;
  /** sns-payload-validator's verdict (its certificate fetched from the loopback server). */
  official(msg: Record<string, string>): Promise<boolean>;
  close(): Promise<void>;
}

const NOTIFICATION = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'];
const CONFIRMATION = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];

/** AWS's string to sign, written from the docs for the tests. */
function stringToSign(msg: Record<string, string>): string {
  return (msg.Type === 'Notification' ? NOTIFICATION : CONFIRMATION)
    .filter((k) => typeof msg[k] === 'string')
    .map((k) => `${k}\n${msg[k]}\n`)
    .join('');
}

/** Makes the CA and certificate, and starts the loopback server. */
export async function createSnsSigner(): Promise<SnsSigner> {
  const dir = mkdtempSync(join(tmpdir(), 'w2g-sns-'));
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=webhook2github test CA');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'sns.key', '-out', 'sns.csr', '-subj', `/CN=${SNS_HOST}`);
  const ext = join(dir, 'ext.cnf');
  execFileSync('sh', ['-c', `printf 'subjectAltName=DNS:${SNS_HOST}\\n' > ${ext}`]);
  ssl('x509', '-req', '-in', 'sns.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'sns.pem', '-days', '2', '-extfile', ext);
  const caPem = readFileSync(join(dir, 'ca.pem'), 'utf8');
  const certPem = readFileSync(join(dir, 'sns.pem'), 'utf8');
  const keyPem = readFileSync(join(dir, 'sns.key'), 'utf8');
  rmSync(dir, { recursive: true, force: true });

  const name = Array.from({ length: 32 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('');
  const path = `/SimpleNotificationService-${name}.pem`;
  const fetched: string[] = [];
  const answer = (url: string): Response => {
    fetched.push(url);
    if (url === path) return new Response(certPem, { headers: { 'content-type': 'application/x-x509-ca-cert' } });
    if (url.startsWith('/?Action=ConfirmSubscription')) return new Response('<ConfirmSubscriptionResponse/>', { headers: { 'content-type': 'text/xml' } });
    return new Response('not found', { status: 404 });
  };
  const server: Server = createServer({ key: keyPem, cert: certPem }, (req, res) => {
    const a = answer(req.url ?? '');
    void a.text().then((body) => res.writeHead(a.status, Object.fromEntries(a.headers)).end(body));
  });
  const caFile = join(mkdtempSync(join(tmpdir(), 'w2g-sns-ca-')), 'ca.pem');
  writeFileSync(caFile, caPem);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  // An agent whose connections go to the loopback server, with SNS_HOST as the TLS name.
  const agent = new Agent({ ca: caPem, keepAlive: false });
  (agent as unknown as { createConnection: (o: { servername?: string }) => unknown }).createConnection = () =>
    connect({ host: '127.0.0.1', port, servername: SNS_HOST, ca: caPem });
  const validator = new SnsValidator({ useCache: false, requestAgent: agent });

  return {
    certUrl: `https://${SNS_HOST}${path}`,
    certPem,
    caPem,
    topicArn: `arn:aws:sns:us-east-1:123456789012:w2g-${name.slice(0, 8)}`,
    port,
    fetched,
    caFile,
    answer,
    sign(msg, version) {
      const full = { ...msg, SignatureVersion: version, SigningCertURL: `https://${SNS_HOST}${path}` };
      return { ...full, Signature: sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(stringToSign(full)), keyPem).toString('base64') };
    },
    official: (msg) =>
      validator.validate(msg as unknown as Parameters<typeof validator.validate>[0]).then(
        () => true,
        () => false,
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
