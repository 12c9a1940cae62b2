/**
 * Tests in layers (docs: DESIGN.md "Tests, in layers"):
 * - unit:    src/**\/*.test.ts and tests/** outside output/ and browser/, in parallel, through
 *            Astro's Vite config so components can be rendered with the container API;
 * - output:  assertions on dist/ (links, HTML validity), after one `astro build`;
 * - browser: Debian's Chromium against dist/ served locally, one file at a time (2 cores).
 * The build runs only when an output or browser test is selected (tests/helpers/global-setup.ts).
 */
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

const siteTests = ['tests/output/**/*.test.ts', 'tests/browser/**/*.test.ts'];

// .ci/run asks for a machine-readable summary so it can print "N passed, N failed".
const resultsFile = process.env.LOA_TEST_RESULTS;

export default getViteConfig(
  {
    test: {
      reporters: resultsFile ? ['default', ['json', { outputFile: resultsFile }]] : ['default'],
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
            exclude: ['**/node_modules/**', ...siteTests],
            testTimeout: 15_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'output',
            include: ['tests/output/**/*.test.ts'],
            globalSetup: ['tests/helpers/global-setup.ts'],
            sequence: { groupOrder: 1 },
            testTimeout: 120_000,
            hookTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/helpers/global-setup.ts'],
            sequence: { groupOrder: 2 },
            // One Chromium at a time: the machines have 2 cores.
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
