import { agreementLabels, describeMove, describeTries } from './describePair';
import type { PairComparison, WorkflowDiff } from './diffWorkflows';

/** How an edge of the state diagram relates the learnt move to the declared one. */
export type EdgeKind =
  | 'agreed'
  | 'learnt'
  | 'unexpected-accept'
  | 'unexpected-reject'
  | 'flaky'
  | 'anomaly'
  | 'untested';

export interface EdgeStyle {
  label: string;
  color: string;
  width: number;
  /** An SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
}

// Red for the declared workflow being wrong; the dash tells which way, so it survives greyscale.
export const edgeStyles: Record<EdgeKind, EdgeStyle> = {
  agreed: { label: 'allowed, as declared', color: '#2e7d32', width: 2 },
  learnt: { label: 'allowed, declared unknown', color: '#1565c0', width: 2 },
  'unexpected-accept': { label: 'accepted, declared rejected', color: '#c62828', width: 3.5 },
  'unexpected-reject': {
    label: 'rejected, declared allowed',
    color: '#c62828',
    width: 2.5,
    dash: '8 5',
  },
  flaky: { label: 'flaky: tries disagree', color: '#ef6c00', width: 2.5, dash: '2 4' },
  anomaly: {
    label: 'anomaly: answer and status disagree',
    color: '#6a1b9a',
    width: 2.5,
    dash: '2 4',
  },
  untested: { label: 'declared allowed, never tried', color: '#9e9e9e', width: 1.5, dash: '6 4' },
};

export const edgeKinds = Object.keys(edgeStyles) as EdgeKind[];

export interface DiagramEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** The pair, its tries and its agreement, for a tooltip. */
  title: string;
}

const findKind = (pair: PairComparison): EdgeKind | undefined => {
  switch (pair.agreement) {
    case 'agree':
      return pair.learnt === 'allowed' ? 'agreed' : undefined;
    case 'unknown-learnt':
      return pair.learnt === 'allowed' ? 'learnt' : undefined;
    case 'declared-rejected-accepted':
    case 'declared-unreachable-reached':
      return 'unexpected-accept';
    case 'declared-allowed-rejected':
      return 'unexpected-reject';
    case 'untried':
      return pair.declared === 'allowed' ? 'untested' : undefined;
    default:
      return pair.agreement;
  }
};

/**
 * The moves worth drawing: every move accepted or declared allowed, and every pair that
 * disagrees. Pairs rejected on both sides are left out; they would bury the diagram.
 */
export const findDiagramEdges = (diff: WorkflowDiff): DiagramEdge[] =>
  diff.pairs.flatMap((pair) => {
    const kind = findKind(pair);
    if (kind === undefined) return [];
    const title = `${describeMove(pair)}: ${agreementLabels[pair.agreement]} (${describeTries(pair)})`;
    return [{ from: pair.from, to: pair.to, kind, title }];
  });
