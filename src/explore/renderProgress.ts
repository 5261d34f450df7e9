import type { Workflow } from '../workflow';
import { describeMove, describeTries } from './describePair';
import type { ExploreEvent } from './ExploreEvent';

/** A mark for a pair that makes the declared workflow wrong; flaky and anomaly always do. */
const markDifference = (declared: Workflow, from: string, to: string, learnt: string): string => {
  const verdict = declared.verdict(from, to);
  if (learnt === 'flaky' || learnt === 'anomaly') return '  ✗';
  if (verdict === 'unknown' || learnt === 'untried' || verdict === learnt) return '';
  return `  ✗ declared ${verdict}`;
};

/** One progress line per event, for the terminal while explore runs. */
export const renderProgress = (event: ExploreEvent, declared: Workflow): string => {
  switch (event.kind) {
    case 'initial':
      return `created work orders start in ${event.status}`;
    case 'reached':
      return `reached ${event.status} via ${event.route.join(' → ')}`;
    case 'budget':
      return `stopping: ${event.flag} leaves too little for another try (${event.sent} requests sent)`;
    case 'pair': {
      const { pair } = event;
      const width = Math.max(...declared.statuses.map((status) => status.length)) * 2 + 3;
      const count = `[${String(event.done).padStart(String(event.total).length)}/${event.total}]`;
      const move = describeMove(pair).padEnd(width);
      const mark = markDifference(declared, pair.from, pair.to, pair.learnt);
      return `${count} ${move} ${pair.learnt.padEnd(8)} ${describeTries(pair)}${mark}`;
    }
  }
};
