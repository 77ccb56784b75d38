// The collector's place in the repository: installing the widget package pulls no server dependency,
// and the workspace's `sme-readiness` dependency is met by the root itself (the root links itself into
// node_modules through its devDependency "sme-readiness": "file:."), never by the registry.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const root = read('../../package.json');
const collector = read('../package.json');
const SERVER = ['fastify', '@fastify/cors', '@fastify/rate-limit', '@electric-sql/pglite', 'pg'];

describe('collector package', () => {
  it('keeps every server dependency out of the widget package', () => {
    for (const name of SERVER) {
      assert.ok(collector.dependencies[name], `the collector depends on ${name}`);
      assert.equal(root.dependencies[name], undefined, `the widget must not depend on ${name}`);
      assert.equal(root.peerDependencies?.[name], undefined);
    }
    const [report] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: rootDir,
        encoding: 'utf8',
      }),
    );
    const files: string[] = report.files.map((file: { path: string }) => file.path);
    assert.ok(files.length > 0);
    assert.deepEqual(
      files.filter((file) => file.startsWith('collector/')),
      [],
    );
  });

  it("depends on a sme-readiness range that the repository's own version meets", () => {
    const range: string = collector.dependencies['sme-readiness'];
    const [major, minor] = root.version.split('.');
    // ^0.x.y pins the minor; the range must follow the root when its version moves.
    assert.equal(range, major === '0' ? `^0.${minor}.0` : `^${major}.0.0`);
    assert.equal(root.devDependencies['sme-readiness'], 'file:.');
    assert.equal(
      realpathSync(new URL('../../node_modules/sme-readiness', import.meta.url)),
      realpathSync(rootDir),
    );
  });

  it('publishes the bin, the built dist and the README, not the sources or tests', () => {
    assert.deepEqual(collector.files, ['bin', 'dist', 'README.md']);
    assert.equal(collector.bin['sme-readiness-collector'], './bin/sme-readiness-collector.js');
  });
});
