import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runExplore } from '../../src/explore';
import { projectRoot, specPath } from '../support/paths';

const contracts = join(projectRoot, 'contracts');

/** Debian's chromium, or another Chromium build on PATH; undefined when there is none. */
const findChromium = (): string | undefined => {
  const names = ['chromium', 'chromium-browser', 'google-chrome'];
  const folders = (process.env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  for (const path of folders.flatMap((folder) => names.map((name) => join(folder, name)))) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here; try the next one
    }
  }
  return undefined;
};

/**
 * Opens a page in headless Chromium with no network and returns the DOM after load and the
 * page's console lines (errors, CSP refusals and uncaught exceptions all land there).
 */
const openPage = (chromium: string, file: string): { dom: string; messages: string[] } => {
  const profile = mkdtempSync(join(tmpdir(), 'explore-chromium-'));
  try {
    const run = spawnSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        // Any host lookup fails: a page that needed the network would show it.
        '--host-resolver-rules=MAP * ~NOTFOUND',
        '--enable-logging=stderr',
        '--v=0',
        '--dump-dom',
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (run.status !== 0) throw new Error(`chromium exited ${run.status}: ${run.stderr}`);
    return {
      dom: run.stdout,
      messages: run.stderr.split('\n').filter((line) => line.includes(':CONSOLE')),
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
};

/** The strict workflow with REVIEW → COMPLETE allowed, so the page has a disagreement to draw. */
const writeDifferingWorkflow = (folder: string): string => {
  const text = readFileSync(join(contracts, 'workflow.strict.yaml'), 'utf8');
  const path = join(folder, 'differing.yaml');
  writeFileSync(path, text.replace('  REVIEW: { ', '  REVIEW: { COMPLETE: allowed, '));
  return path;
};

const explorePage = async (): Promise<string> => {
  const folder = mkdtempSync(join(tmpdir(), 'explore-page-'));
  const exit = await runExplore(
    {
      target: 'simulator',
      specPath,
      workflowPath: join(contracts, 'workflow.strict.yaml'),
      simulateWorkflowPath: writeDifferingWorkflow(folder),
      simulateFaults: [],
      tries: 2,
      userId: '5b1c0d7e-2f4a-4c61-9a3e-7d2b8c6f1a90',
      componentId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      maxRequests: 1000,
      maxOrders: 100,
      rate: 0,
      timeoutMs: 10_000,
      reportDir: folder,
      dryRun: false,
    },
    { progress: () => undefined, print: () => undefined },
  );
  expect(exit).toBe(1);
  return join(folder, 'explore-diagram.html');
};

const chromium = findChromium();
const describeInBrowser = chromium === undefined ? describe.skip : describe;
const skipped =
  chromium === undefined ? ' (skipped: no chromium on PATH; apt-get install -y chromium)' : '';

describeInBrowser(`the explore HTML page in headless Chromium${skipped}`, () => {
  // describe.skip never runs this body's tests, so the assertion holds wherever they run.
  const browser = chromium ?? '';

  it('notices a page error, so a clean console means something', () => {
    const folder = mkdtempSync(join(tmpdir(), 'explore-control-'));
    const page = join(folder, 'broken.html');
    writeFileSync(page, '<!doctype html><title>x</title><script>throw new Error("boom")</script>');

    expect(openPage(browser, page).messages.join('\n')).toContain('Uncaught Error: boom');
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('renders the diagram as SVG, with no console message and nothing fetched', async () => {
    const page = await explorePage();

    const { dom, messages } = openPage(browser, page);

    expect(messages).toEqual([]);
    expect(dom).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="diagram"/);
    expect(dom.match(/<g class="node"/g)).toHaveLength(6);
    expect(dom.match(/<path class="edge edge-agreed"/g)).toHaveLength(10);
    expect(
      dom.match(/<path class="edge edge-unexpected-accept" data-from="REVIEW" data-to="COMPLETE"/g),
    ).toHaveLength(1);
  }, 60_000);
});
