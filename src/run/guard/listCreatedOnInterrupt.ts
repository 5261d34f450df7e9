import type { CreatedOrder } from './createEnvelope';

const exitCodes: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

export const renderInterrupted = (
  signal: string,
  runTag: string,
  created: readonly CreatedOrder[],
): string =>
  [
    `interrupted (${signal}): run ${runTag} stopped before its report was written.`,
    created.length === 0
      ? 'It had created no work order.'
      : `Work orders it created on the target (${created.length}):`,
    ...created.map((order) => `  ${order.id}  wo_number ${order.woNumber}`),
  ].join('\n');

/**
 * While a run that creates work orders goes on, SIGINT or SIGTERM first prints the ones created
 * so far: they are real data on the target, and the report that lists them is never written.
 * Returns the function that removes the handlers, for when the run ends on its own.
 */
export const listCreatedOnInterrupt = (
  runTag: string,
  created: () => readonly CreatedOrder[],
  print: (text: string) => void,
): (() => void) => {
  const onSignal = (signal: NodeJS.Signals): void => {
    print(renderInterrupted(signal, runTag, created()));
    // 'exit' handlers still run: a Prism child of the run is killed there (prism/liveChildren).
    process.exit(exitCodes[signal] ?? 1);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
};
