import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { conformanceCommand } from '../../src/cli/conformanceCommand';
import { runAgainstSimulator } from '../../src/cli/runAgainstSimulator';
import type { WorkOrder } from '../../src/simulator';
import type { SpecModel } from '../../src/spec/SpecModel';
import { conformancePlugins } from '../support/conformancePlugins';

const existingOrder = (woNumber: number, status: string): WorkOrder => ({
  id: `00000000-0000-4000-8000-00000000000${woNumber}`,
  wo_number: woNumber,
  name: `someone else's work order ${woNumber}`,
  created_at: '2026-11-01T08:00:00.000Z',
  status,
  approvals: {},
  activity_log: [],
  last_edited_at: `2026-11-0${woNumber}T08:00:00.000Z`,
  attachments: [],
});

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );

const runQuietly = (
  argv: string[],
  env: NodeJS.ProcessEnv = { SERIAL_API_TOKEN: 'x'.repeat(24) },
) => conformanceCommand(argv, conformancePlugins, { env, print: () => undefined });

describe('npm run conformance', () => {
  describe('against a target that holds work orders created before the run', () => {
    const existing = [
      existingOrder(1, 'DRAFT'),
      existingOrder(2, 'PRODUCTION'),
      existingOrder(3, 'ARCHIVED'),
    ];
    let run: Awaited<ReturnType<typeof runAgainstSimulator>>;
    beforeAll(async () => {
      run = await runAgainstSimulator([], conformancePlugins, { seed: 5, runs: 10, existing });
    }, 60_000);

    it('leaves each of them exactly as it was', () => {
      for (const before of existing) {
        expect(run.after.find((order) => order.id === before.id)).toEqual(before);
      }
    });

    it('lists what it created and the status it left each in', () => {
      const created = run.result.created ?? [];
      expect(created.length).toBeGreaterThan(2);
      const ownIds = new Set(created.map((order) => order.id));
      expect(existing.some((order) => ownIds.has(order.id))).toBe(false);
      for (const order of created) {
        expect(run.after.find((entry) => entry.id === order.id)?.status).toBe(order.status);
      }
    });

    it('gives each work order it creates a name that starts with its run tag', () => {
      const preexisting = new Set(existing.map((order) => order.id));
      const made = run.after.filter((order) => !preexisting.has(order.id));

      expect(run.result.runTag).toMatch(/^serial-harness-[0-9a-f]{8}$/);
      expect(made.length).toBe(run.result.created?.length);
      for (const order of made) expect(order.name?.startsWith(run.result.runTag ?? '?')).toBe(true);
    });

    it('never prints or writes the token', () => {
      expect(run.output).toContain('$SERIAL_API_TOKEN');
      expect(run.output).not.toContain(run.token);
    });
  });

  describe('when a property aims a changing request at a work order the run did not create', () => {
    const existing = [existingOrder(1, 'DRAFT'), existingOrder(2, 'REVIEW')];
    // A faulty generator: it ignores the run's own ids and picks other people's.
    const foreignIds = fc.constantFrom(...existing.flatMap((o) => [o.id, String(o.wo_number)]));
    const aimingAtOthers = {
      ...conformancePlugins,
      createRequestProperties: (spec: SpecModel) =>
        conformancePlugins.createRequestProperties(spec, { idArb: foreignIds }),
    };

    it('refuses to send it, stops, and leaves those work orders exactly as they were', async () => {
      const run = await runAgainstSimulator([], aimingAtOthers, { seed: 5, runs: 10, existing });

      expect(run.result.stopped).toMatch(
        /refused (PATCH|POST) \S+: work order \S+ is not this run's/,
      );
      for (const before of existing) {
        expect(run.after.find((order) => order.id === before.id)).toEqual(before);
      }
    });
  });

  describe.each([
    ['a request property', 'accept-outside-enum' as const],
    ['the workflow model', 'third-move-not-persisted' as const],
  ])('the replay line printed for a failure of %s', (_what, fault) => {
    /** The flags of a printed replay line, after `npm run conformance --`, unquoted. */
    const readReplayFlags = (output: string) => {
      const line = /npm run conformance -- (.*)$/m.exec(output)?.[1] ?? '';
      return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? '');
    };
    const flagValue = (flags: string[], name: string) => flags[flags.indexOf(name) + 1];

    it('parses as given and replays the same counterexample on its first case', async () => {
      const first = await runAgainstSimulator([fault], conformancePlugins, { seed: 7, runs: 10 });
      const flags = readReplayFlags(first.output);
      const property = flagValue(flags, '--property');
      const failed = first.result.properties.find((result) => result.name === property);

      // The replay runs on a fresh simulator: its --target is swapped for the new one's.
      const target = flags.indexOf('--target');
      const replayFlags = flags.filter((_, index) => index !== target && index !== target + 1);
      const replayed = await runAgainstSimulator([fault], conformancePlugins, {
        seed: Number(flagValue(flags, '--seed')),
        runs: 10,
        extraArgs: replayFlags,
      });

      expect(failed?.passed).toBe(false);
      expect(replayed.exitCode).toBe(1);
      expect(replayed.result.properties.map((result) => result.name)).toEqual([property]);
      expect(replayed.result.properties[0]).toMatchObject({ passed: false, numRuns: 1 });
      expect(replayed.codes).toEqual(failed?.findings.map((finding) => finding.code));
    });
  });

  describe('when the request budget is small', () => {
    // Budgets that run out at different places: the first properties, pipelined cases, the model.
    it.each([60, 100, 300, 700])('stops within %i, says so, and does not pass', async (budget) => {
      const run = await runAgainstSimulator([], conformancePlugins, {
        seed: 20261203,
        runs: 20,
        extraArgs: ['--max-requests', String(budget)],
      });
      expect(run.result.traffic?.requests).toBeLessThanOrEqual(budget);
      expect(run.result.stopped).toContain(`request budget (${budget})`);
      expect(run.output).toMatch(/^INCOMPLETE conformance: 0 of \d+ properties failed/m);
      expect(run.exitCode).toBe(1);
    });
  });

  describe('when the target does not answer', () => {
    let server: Server;
    afterEach(() => new Promise((resolve) => server.close(resolve)));

    it('exits 2 within its time-out with a message that names the target', async () => {
      server = createServer(() => undefined); // accepts, never answers
      const target = await listen(server);
      const started = Date.now();

      const run = runQuietly(['--target', target, '--timeout', '500']);

      await expect(run).rejects.toMatchObject({
        code: 'TARGET_UNREACHABLE',
        message: expect.stringContaining(target),
      });
      expect(Date.now() - started).toBeLessThan(5000);
      server.closeAllConnections();
    });
  });

  describe('with --dry-run', () => {
    let server: Server;
    afterEach(() => new Promise((resolve) => server.close(resolve)));

    it('prints the plan and sends nothing', async () => {
      const seen: string[] = [];
      server = createServer((request, response) => {
        seen.push(`${request.method} ${request.url}`);
        response.end();
      });
      const target = await listen(server);
      const printed: string[] = [];

      const exitCode = await conformanceCommand(
        ['--target', target, '--dry-run'],
        conformancePlugins,
        {
          env: {},
          print: (text) => printed.push(text),
        },
      );

      expect(exitCode).toBe(0);
      expect(seen).toEqual([]);
      expect(printed.join('\n')).toContain('dry run: nothing is sent');
    });
  });

  it('refuses to run without a token, saying where to set it', async () => {
    await expect(runQuietly(['--target', 'http://127.0.0.1:9'], {})).rejects.toMatchObject({
      code: 'USAGE',
      fix: expect.stringContaining('SERIAL_API_TOKEN'),
    });
  });

  it('refuses a target that is not a URL', async () => {
    await expect(runQuietly(['--target', 'staging'])).rejects.toMatchObject({ code: 'USAGE' });
  });
});
