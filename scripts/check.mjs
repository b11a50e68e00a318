#!/usr/bin/env node
// The whole test suite, as CI and `npm test` run it: build, typecheck, unit/fixture tests of every
// package, packaging lints (publint --strict, attw --pack), the API docs build and the examples.
// Each vitest test counts once; each other gate counts as one test. The last line is
// `N passed, N failed` for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages')).filter((d) => existsSync(join(root, 'packages', d, 'package.json')));
const examples = existsSync(join(root, 'examples'))
  ? readdirSync(join(root, 'examples')).filter((d) => existsSync(join(root, 'examples', d, 'package.json')))
  : [];

let passed = 0;
let failed = 0;
const failures = [];

function run(label, cmd, args, cwd = root) {
  process.stdout.write(`\n▶ ${label}\n`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = r.status === 0;
  return ok;
}
function gate(label, cmd, args, cwd) {
  if (run(label, cmd, args, cwd)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

// Build first: later steps (CLI tests, examples, attw) use the built packages.
if (!run('build', 'pnpm', ['run', 'build'])) {
  console.log('\nbuild failed; nothing else can run');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
gate('typecheck', 'pnpm', ['run', 'typecheck']);

for (const p of packages) rmSync(join(root, 'packages', p, 'reports'), { recursive: true, force: true });
run('unit and fixture tests', 'pnpm', ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=1']);
for (const p of packages) {
  const report = join(root, 'packages', p, 'reports', 'vitest.json');
  if (!existsSync(report)) {
    failed++;
    failures.push(`${p}: tests did not report`);
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numFailedTests) failures.push(`${p}: ${r.numFailedTests} failed test(s)`);
  // A suite that fails to load counts no tests; count it as a failure so it cannot hide.
  const broken = r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  if (broken) {
    failed += broken;
    failures.push(`${p}: ${broken} test file(s) failed to load`);
  }
}

for (const p of packages) gate(`publint --strict ${p}`, 'pnpm', ['exec', 'publint', '--strict'], join(root, 'packages', p));
for (const p of packages) gate(`attw --pack ${p}`, 'pnpm', ['exec', 'attw', '--pack', '.'], join(root, 'packages', p));
if (existsSync(join(root, 'eslint.config.js'))) gate('lint', 'pnpm', ['run', 'lint']);
gate('typedoc (warnings are errors)', 'pnpm', ['run', 'docs']);
for (const e of examples) gate(`example ${e}`, 'pnpm', ['run', 'example'], join(root, 'examples', e));

if (failures.length) console.log(`\nfailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
