import { defineConfig } from 'vitest/config'

// Integration tests boot Payload (2–3 s per file) on a fresh temporary database;
// browser tests drive a production server in Debian's Chromium. Files run one at a time
// so the two cores are not fought over and each file owns its own database.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    hookTimeout: 180_000,
    testTimeout: 60_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['./tests/support/integration-setup.ts'],
        },
      },
      // The same integration tests against MongoDB, when a server is given (see README).
      ...(process.env.MONGODB_URI
        ? [
            {
              extends: true as const,
              test: {
                name: 'integration-mongodb',
                include: ['tests/integration/**/*.test.ts'],
                env: { TEST_DATABASE: 'mongodb' },
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['./tests/support/browser-setup.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
})
