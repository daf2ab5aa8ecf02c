import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn bin/newsclean.js, which runs the compiled dist/: build it once first.
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
  },
});
