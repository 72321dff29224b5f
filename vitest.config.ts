import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // tests that spawn the CLI share two cores with the 1 MB adversarial inputs on CI
    testTimeout: 60_000,
  },
  resolve: {
    // the example plugin imports the package by name, as a plugin in its own repository would
    alias: { 'article-analyze': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
});
