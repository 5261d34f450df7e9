import { runAgainstSimulator, type SimulatorRun } from '../../src/cli/runAgainstSimulator';
import { conformancePlugins } from '../support/conformancePlugins';

/** The lines of the summary that belong to one failing property, up to the next property. */
const blockOf = (output: string, property: string): string[] => {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`  ✗ ${property} `));
  const end = lines.findIndex((line, index) => index > start && /^\s{2}[✓✗] |^$/.test(line));
  return lines.slice(start, end);
};

describe('the summary of a failed workflow sequence', () => {
  let run: SimulatorRun;
  let block: string[];
  beforeAll(async () => {
    run = await runAgainstSimulator(['third-move-not-persisted'], conformancePlugins, {
      seed: 7,
      runs: 10,
    });
    block = blockOf(run.output, 'workflow.model');
  });

  it('numbers each step and gives its request, expected and received', () => {
    const steps = block.filter((line) => /^ {6}\d+\. /.test(line));
    const numbers = steps.map((line) => Number(/(\d+)\./.exec(line)?.[1]));

    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(steps[0]).toContain('1. POST /work-orders (create)');
    for (const step of steps) {
      const next = block.slice(block.indexOf(step) + 1, block.indexOf(step) + 3);
      expect(next[0]).toMatch(/^ {9}(GET|POST|PATCH) \/work-orders?(\/| |$)/);
      expect(next[1]).toMatch(/^ {9}expected \S+, received \d+$/);
    }
  });

  it('shows the finding with the exchange that proves it', () => {
    const text = block.join('\n');
    expect(text).toContain('✗ TRANSITION_NOT_PERSISTED');
    expect(text).toMatch(/ {6}request {4}GET \/work-order\/\S+/);
    expect(text).toMatch(/ {6}response {3}200 \{/);
  });

  it('ends with one curl line a step and a replay line, with no token in either', () => {
    const steps = block.filter((line) => /^ {6}\d+\. /.test(line));
    const reproduce = block.slice(block.indexOf('    reproduce:') + 1);
    const curls = reproduce.filter((line) => line.startsWith('      curl '));

    expect(curls).toHaveLength(steps.length);
    expect(curls.every((line) => line.includes('"authorization: Bearer $SERIAL_API_TOKEN"'))).toBe(
      true,
    );
    expect(reproduce.at(-1)).toMatch(
      /^ {6}npm run conformance -- --target http:\/\/127\.0\.0\.1:\d+ .*--seed 7 --property workflow\.model --path \S+ --replay-path '\S+'$/,
    );
    expect(block.join('\n')).not.toContain(run.token);
  });
});
