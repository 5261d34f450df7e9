export type { SchemaContext, ValidValueOptions } from './SchemaContext';
export { validValueArb } from './valid/validValueArb';
export { keywordsBeyondEngine } from './valid/keywordsBeyondEngine';
export { generatedFormats } from './valid/formatArb';
export { uuidArb } from './valid/uuidArb';
export { dateTimeArb } from './valid/dateTimeArb';
export { toJsonRoundTrip } from './valid/anyJsonArb';
export {
  invalidKinds,
  type InvalidBodyCase,
  type InvalidBodyOptions,
  type InvalidKind,
} from './invalid/InvalidBodyCase';
export { invalidKindsFor } from './invalid/invalidKindsFor';
export { invalidBodyCaseArb } from './invalid/invalidBodyCaseArb';
export { badDateTimeArb } from './invalid/badDateTimeArb';
export { badFormatValueArb, negativeFormats } from './invalid/badFormatValueArb';
export { pathSegmentArb } from './pathSegmentArb';
export { hasInvalidSegment } from './hasInvalidSegment';
export { createRefFreeContext } from './createRefFreeContext';
