import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // No test can reach the real HOME, XDG folders or the user's replyguide settings.
    setupFiles: ['tests/setup/isolate-home.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
