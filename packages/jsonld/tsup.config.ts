import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entry points: the writer/reader, and the checker with its vocabulary table, so importing
  // the first never loads the second.
  entry: { index: 'src/index.ts', check: 'src/check.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
