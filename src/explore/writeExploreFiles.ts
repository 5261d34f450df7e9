import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ExploreFiles {
  workflow: string;
  summary: string;
  json: string;
  mermaid: string;
  html: string;
}

export type ExploreTexts = Record<keyof ExploreFiles, string>;

/** Where a run writes: the learnt workflow to --out if given, everything else to the report folder. */
export const findExploreFiles = (reportDir: string, out: string | undefined): ExploreFiles => ({
  workflow: out ?? join(reportDir, 'explore-workflow.yaml'),
  summary: join(reportDir, 'explore-summary.txt'),
  json: join(reportDir, 'explore-report.json'),
  mermaid: join(reportDir, 'explore-diagram.mmd'),
  html: join(reportDir, 'explore-diagram.html'),
});

/** Writes each given text to its file, creating folders; `redact` runs over every text first. */
export const writeExploreFiles = (
  files: ExploreFiles,
  texts: Partial<ExploreTexts>,
  redact: (text: string) => string,
): void => {
  for (const [key, text] of Object.entries(texts) as [keyof ExploreFiles, string][]) {
    mkdirSync(dirname(files[key]), { recursive: true });
    writeFileSync(files[key], redact(text));
  }
};
