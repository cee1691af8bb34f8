// Realistic JSON webhook bodies of an exact size (a GitHub-style event, padded in a string field).

/** A JSON body of exactly `bytes` bytes (UTF-8; includes non-ASCII text like real payloads). */
export function makeBody(bytes) {
  const base = {
    action: 'opened',
    number: 42,
    repository: { full_name: 'bench-owner/bench-repo', private: false },
    sender: { login: 'octocat', name: 'Zoë Ünal' },
    text: '',
  };
  const empty = Buffer.byteLength(JSON.stringify(base));
  if (bytes < empty) throw new Error(`body size ${bytes} is below the minimum ${empty}`);
  base.text = 'x'.repeat(bytes - empty);
  const body = JSON.stringify(base);
  if (Buffer.byteLength(body) !== bytes) throw new Error('body size mismatch');
  return body;
}
