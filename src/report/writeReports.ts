import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPassing, type RunResult } from '../run/RunResult';
import { renderSummary } from './renderSummary';
import { toJunitXml } from './toJunitXml';

export interface ReportPaths {
  summary: string;
  junit: string;
  json: string;
}

/** Writes the three reports of a run: summary text, JUnit XML and the full JSON result. */
export const writeReports = (result: RunResult, folder: string): ReportPaths => {
  mkdirSync(folder, { recursive: true });
  const paths = {
    summary: join(folder, `${result.command}-summary.txt`),
    junit: join(folder, `${result.command}-junit.xml`),
    json: join(folder, `${result.command}-report.json`),
  };
  writeFileSync(paths.summary, `${renderSummary(result)}\n`);
  writeFileSync(paths.junit, toJunitXml(result));
  // `passed` is the exit code's verdict, so a reader of the JSON need not re-derive it.
  const json = { passed: isPassing(result), ...result };
  writeFileSync(paths.json, `${JSON.stringify(json, null, 2)}\n`);
  return paths;
};
