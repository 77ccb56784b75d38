// Crash safety and shutdown of the real command, on each engine. A client sends submissions
// concurrently to a collector child process, which is killed with SIGKILL mid-load; after a restart
// every submission the client saw acknowledged (2xx) must be there. Then a clean SIGTERM: a request
// still being received finishes with 201, the database closes and the process exits 0.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { TOKEN, admin, enginesUnderTest, ndjson, post, submission } from './helpers.js';
import { startCollectorProcess } from './process.js';

const engines = await enginesUnderTest();
const CLIENTS = 16;

for (const engine of engines) {
  describe(`crash safety (${engine.name})`, { skip: engine.skip ?? false }, () => {
    after(() => engine.cleanup());

    it('keeps every acknowledged submission through a SIGKILL under load', async () => {
      const database = await engine.database();
      const args = database.dataDir ? ['--data', database.dataDir] : [];
      const env = {
        SME_COLLECTOR_TOKEN: TOKEN,
        SME_COLLECTOR_RATE_LIMIT: '0',
        ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
      };
      const first = await startCollectorProcess(args, env);
      const acknowledged = new Set<string>();
      let sent = 0;
      let killed = false;
      const client = async () => {
        while (!killed) {
          const body = submission();
          sent += 1;
          try {
            const answer = await post(first.url, body);
            if (answer.status === 201 || answer.status === 200) acknowledged.add(body.id);
            else assert.fail(`unexpected ${answer.status}: ${answer.text}`);
          } catch (error) {
            if (!killed) throw error;
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, client);
      // Kill once enough has been acknowledged to mean something, while requests are in flight.
      const deadline = Date.now() + 20_000;
      while (acknowledged.size < 400 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      first.child.kill('SIGKILL');
      killed = true;
      await Promise.allSettled(clients);
      assert.equal((await first.exited).signal, 'SIGKILL');
      assert.ok(acknowledged.size >= 100, `only ${acknowledged.size} acknowledged before the kill`);

      const second = await startCollectorProcess(args, env);
      console.log(
        `# ${engine.name}: ${acknowledged.size} of ${sent} acknowledged before SIGKILL; restart took ${second.startedIn} ms`,
      );
      try {
        const stored = new Set(
          (await ndjson(await admin(second.url, '/v1/submissions'))).map((row) => row.id),
        );
        const lost = [...acknowledged].filter((id) => !stored.has(id));
        assert.deepEqual(lost, [], `${lost.length} acknowledged submissions lost`);
        // Rows committed whose answer the kill cut off may be there too, but no more than were sent.
        assert.ok(
          stored.size >= acknowledged.size && stored.size <= sent,
          `${stored.size} stored, ${sent} sent`,
        );
        assert.equal((await post(second.url, submission())).status, 201, 'takes submissions again');
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    });

    it('on SIGTERM finishes the request in flight, closes the database and exits 0', async () => {
      const database = await engine.database();
      const args = database.dataDir ? ['--data', database.dataDir] : [];
      const env = {
        SME_COLLECTOR_TOKEN: TOKEN,
        ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
      };
      const running = await startCollectorProcess(args, env);
      const body = JSON.stringify(submission());
      const half = Math.floor(body.length / 2);
      const { port } = new URL(running.url);
      // A slow client: half the body, then SIGTERM, then the rest. The answer must still be 201.
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        const outgoing = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/submissions',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk) => (text += String(chunk)));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
          },
        );
        outgoing.on('error', reject);
        outgoing.write(body.slice(0, half));
        setTimeout(() => {
          running.child.kill('SIGTERM');
          setTimeout(() => outgoing.end(body.slice(half)), 300);
        }, 100);
      });
      const result = await answer;
      assert.equal(result.status, 201, result.text);
      const exit = await running.exited;
      assert.deepEqual(exit, { code: 0, signal: null });
      assert.match(running.stdout(), /"msg":"shutting down"/);
      if (database.dataDir) {
        // Closed cleanly: the next start finds no lock left behind and sees the row.
        const again = await startCollectorProcess(args, env);
        try {
          const rows = await ndjson(await admin(again.url, '/v1/submissions'));
          assert.equal(rows.length, 1);
        } finally {
          again.child.kill('SIGTERM');
          assert.equal((await again.exited).code, 0);
        }
      }
    });
  });
}
