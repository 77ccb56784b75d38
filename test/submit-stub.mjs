// A receiving server for the browser tests of "Send my results": a real HTTP server on 127.0.0.1 that
// the test runner starts, answering as a provider's server would (201 with a receipt, 200 for a repeat
// of the same submission id, CORS for any page) or, on a test's request, failing the way real servers
// and networks fail: a 500 first, a 400 with a message, an answer too late, or no answer at all (the
// connection is dropped). It records every request it receives, so a test can count them.
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';

export async function startSubmitStub() {
  let mode = 'ok';
  let failuresLeft = 0;
  const requests = [];
  const receipts = new Map();
  const server = createServer((request, response) => {
    const cors = {
      'Access-Control-Allow-Origin': request.headers.origin ?? '*',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'content-type, authorization, x-provider-key',
      Vary: 'Origin',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors).end();
      return;
    }
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method, path: request.url, headers: request.headers, body });
      const answer = (status, data, extra = {}) =>
        response
          .writeHead(status, { ...cors, 'Content-Type': 'application/json', ...extra })
          .end(JSON.stringify(data));
      if (mode === 'drop') return request.socket.destroy();
      if (mode === 'slow') return setTimeout(() => answer(201, { late: true }), 5000);
      if (mode === 'bad')
        return answer(400, {
          error: { code: 'invalid_contact', message: 'The e-mail address is not accepted here.' },
        });
      if (mode === 'fail' || failuresLeft > 0) {
        failuresLeft = Math.max(0, failuresLeft - 1);
        return answer(500, { error: { code: 'server_error', message: 'Something went wrong on our side.' } });
      }
      let id;
      try {
        id = JSON.parse(body).id;
      } catch {
        return answer(400, { error: { code: 'invalid_json', message: 'The body is not JSON.' } });
      }
      const known = receipts.get(id);
      if (known) return answer(200, known);
      const receipt = { format: 'sme-readiness/receipt@1', id, receivedAt: new Date().toISOString() };
      receipts.set(id, receipt);
      answer(201, receipt);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/v1/submissions`;
  return {
    url,
    origin: new URL(url).origin,
    close: () => new Promise((resolve) => server.close(resolve)),
    /** `executeServerCommand('submit-stub', { mode, failures, reset })` → `{ url, requests }`. */
    command: {
      name: 'submit-stub',
      async executeCommand({ command, payload }) {
        if (command !== 'submit-stub') return undefined;
        if (payload?.reset) {
          requests.length = 0;
          receipts.clear();
          failuresLeft = 0;
          mode = 'ok';
        }
        if (payload?.mode) mode = payload.mode;
        if (typeof payload?.failures === 'number') failuresLeft = payload.failures;
        return { url, requests: requests.map((each) => ({ ...each })) };
      },
    },
  };
}
