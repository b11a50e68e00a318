import { defineConfig } from 'tsup';

export default defineConfig({
  // index: the library (import and require). cli: the `newsmark` bin (dist/cli.js, shebang kept).
  // worker: the entry of the worker threads `parse --concurrency` starts.
  entry: ['src/index.ts', 'src/cli.ts', 'src/worker.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'node',
  // import.meta.url locates the worker file; the CommonJS build needs it shimmed.
  shims: true,
});
