import type { PropertyResult } from '../run/PropertyResult';
import { isPassing, type RunResult } from '../run/RunResult';
import { renderCoverage } from './renderCoverage';
import { renderFinding } from './renderFinding';
import { showInvisible } from './showInvisible';

const renderFailure = (property: PropertyResult): string[] => {
  const lines: string[] = [];
  const counterexample = property.counterexample;
  if (property.error !== undefined) lines.push(`    harness error: ${property.error}`);
  if (counterexample !== undefined) {
    lines.push(`    counterexample: ${counterexample.label}`);
    for (const step of counterexample.steps) {
      const { request } = step;
      const body = request.body === undefined ? '' : ` ${showInvisible(request.body)}`;
      lines.push(`      ${step.step}. ${step.command}`);
      lines.push(`         ${request.method} ${request.path}${body}`);
      lines.push(`         expected ${step.expected}, received ${step.received}`);
    }
  }
  for (const finding of property.findings) lines.push(...renderFinding(finding));
  if (counterexample !== undefined) {
    lines.push('    reproduce:');
    lines.push(...counterexample.curl.map((curl) => `      ${curl}`));
    lines.push(`      ${counterexample.replay}`);
  }
  return lines;
};

const renderProperty = (property: PropertyResult, width: number): string[] => {
  const mark = property.passed ? '✓' : '✗';
  const shrinks = property.numShrinks > 0 ? `, shrunk ${property.numShrinks}×` : '';
  const stopped = property.stopped === undefined ? '' : ` (stopped: ${property.stopped})`;
  const head = `  ${mark} ${property.name.padEnd(width)} ${property.numRuns} cases${shrinks}${stopped}`;
  return property.passed ? [head] : [head, ...renderFailure(property)];
};

const renderWarnings = (result: RunResult): string[] => {
  const warnings = result.properties.flatMap((property) => property.warnings);
  const unique = new Map(warnings.map((w) => [`${w.code}|${w.operationId}|${w.received}`, w]));
  if (unique.size === 0) return [];
  const lines = [`Warnings (${unique.size}, not failing):`];
  for (const warning of unique.values()) {
    lines.push(`  ! ${warning.code} ${warning.operationId}: received ${warning.received}`);
    lines.push(`    ${warning.hint}`);
  }
  return ['', ...lines];
};

const renderDeviations = (result: RunResult): string[] => {
  if (result.deviations.length === 0) return [];
  const counts = (code: string) =>
    result.properties.reduce((sum, property) => sum + (property.deviations[code] ?? 0), 0);
  return [
    '',
    'Known target deviations (counted, not failing):',
    ...result.deviations.map((d) => {
      const n = counts(d.code);
      return `  ${d.code} (${n} ${n === 1 ? 'case' : 'cases'}): ${d.description}`;
    }),
  ];
};

const renderLiveRun = (result: RunResult): string[] => {
  const lines: string[] = [];
  if (result.traffic !== undefined) {
    const { requests, retries, waitedMs } = result.traffic;
    lines.push(
      '',
      `Traffic: ${requests} requests, ${retries} retries after 429/503, ${waitedMs} ms waited`,
    );
  }
  if (result.stopped !== undefined) lines.push(`Stopped early: ${result.stopped}`);
  if (result.created !== undefined) {
    const tag = result.runTag === undefined ? '' : `, names starting ${result.runTag}`;
    lines.push('', `Work orders this run created (${result.created.length}${tag}):`);
    for (const order of result.created) {
      lines.push(`  ${order.id}  wo_number ${order.woNumber}  left in ${order.status}`);
    }
  }
  return lines;
};

/** The last line of every run: verdict, counts, seed, time. */
export const renderVerdictLine = (result: RunResult): string => {
  const failed = result.properties.filter((property) => !property.passed).length;
  const cases = result.properties.reduce((sum, property) => sum + property.numRuns, 0);
  const verdict = isPassing(result)
    ? 'PASS'
    : failed === 0 && result.stopped
      ? 'INCOMPLETE'
      : 'FAIL';
  const seconds = (result.durationMs / 1000).toFixed(1);
  return (
    `${verdict} ${result.command}: ${failed} of ${result.properties.length} properties failed, ` +
    `${cases} cases, seed ${result.seed}, ${seconds} s`
  );
};

/** The human summary: one line per property, every failure in full, then the verdict. */
export const renderSummary = (result: RunResult): string => {
  const lines: string[] = [`${result.command}: ${result.specPath}`, `seed ${result.seed}`];
  for (const target of result.targets) {
    const properties = result.properties.filter((property) => property.target === target.kind);
    const width = Math.max(...properties.map((property) => property.name.length), 10);
    lines.push('', `${target.kind} at ${target.baseUrl}`);
    for (const property of properties) lines.push(...renderProperty(property, width));
  }
  for (const coverage of result.coverage) lines.push('', ...renderCoverage(coverage));
  lines.push(...renderLiveRun(result));
  lines.push(...renderWarnings(result), ...renderDeviations(result), '', renderVerdictLine(result));
  return lines.join('\n');
};
