import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder or a file server's sub-path.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true },
});
