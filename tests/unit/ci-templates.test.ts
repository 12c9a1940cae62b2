/**
 * The CI templates offices copy: they check, build and test in that order, fetch the whole git
 * history (for the change history on pages), and deploy only from the main branch after the
 * test job has passed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths.ts';

const load = (file: string) => parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, any>;
const order = (commands: string[], wanted: RegExp[]) => wanted.map((re) => commands.findIndex((c) => re.test(c)));
const STEPS = [/^npm ci\b/, /^npm run check$/, /^npm run build$/, /npm test$/];

describe('GitHub Actions', () => {
  const workflow = load('.github/workflows/loa.yml');
  const test = workflow.jobs.test;

  it('installs Chromium and Java on Node 24, then checks, builds and tests in that order', () => {
    expect(test.container).toBe('node:24-bookworm');
    const runs: string[] = test.steps.map((s: { run?: string }) => (s.run ?? '').trim());
    expect(runs.some((r) => r.includes('apt-get install -y --no-install-recommends chromium default-jre-headless'))).toBe(true);
    const positions = order(runs, STEPS);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('fetches the whole history and runs daily for scheduled items', () => {
    const checkout = test.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout'));
    expect(checkout.with['fetch-depth']).toBe(0);
    expect(workflow.on.schedule).toHaveLength(1);
  });

  it('keeps .cache/ (share cards, rendered bodies) from build to build, restored before the build', () => {
    const steps: { uses?: string; run?: string; with?: Record<string, string> }[] = test.steps;
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache'));
    expect(cache).toBeGreaterThanOrEqual(0);
    expect(steps[cache]!.with).toMatchObject({ path: '.cache', 'restore-keys': 'loa-build-' });
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run?.trim() === 'npm run build'));
  });

  it('deploys only from main, only after the tests passed, only when a method is chosen', () => {
    for (const name of ['deploy-pages', 'deploy-rsync']) {
      const job = workflow.jobs[name];
      expect(job.needs).toBe('test');
      expect(job.if).toContain("github.ref == 'refs/heads/main'");
      expect(job.if).toContain("github.event_name != 'pull_request'");
      expect(job.if).toMatch(/vars\.DEPLOY_METHOD == '(pages|rsync)'/);
    }
  });
});

describe('GitLab CI', () => {
  const pipeline = load('.gitlab-ci.yml');

  it('checks, builds and tests on Node 24 with Chromium and Java', () => {
    expect(pipeline.test.image).toBe('node:24-bookworm');
    expect(pipeline.test.before_script).toContain('apt-get install -y --no-install-recommends chromium default-jre-headless');
    const commands: string[] = [...pipeline.test.before_script, ...pipeline.test.script];
    const positions = order(commands, STEPS);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pipeline.variables.GIT_DEPTH).toBe('0');
  });

  it('keeps .cache/ (share cards, rendered bodies) from pipeline to pipeline', () => {
    const caches: { key: unknown; paths: string[] }[] = pipeline.test.cache;
    expect(caches.some((c) => c.paths.includes('.cache/') && typeof c.key === 'string')).toBe(true);
    expect(caches.some((c) => c.paths.includes('.npm/'))).toBe(true);
  });

  it('deploys only from the default branch, after the test job', () => {
    expect(pipeline.stages).toEqual(['test', 'deploy']);
    for (const name of ['pages', 'deploy-rsync']) {
      const job = pipeline[name];
      expect(job.stage).toBe('deploy');
      expect(job.needs).toEqual(['test']);
      expect(job.rules).toHaveLength(1);
      expect(job.rules[0].if).toMatch(/^\$CI_COMMIT_BRANCH == \$CI_DEFAULT_BRANCH && \$DEPLOY_METHOD == "(pages|rsync)"$/);
    }
  });
});
