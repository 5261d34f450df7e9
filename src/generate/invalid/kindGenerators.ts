import { badFormat } from './badFormat';
import type { InvalidKind } from './InvalidBodyCase';
import type { KindGenerator } from './KindGenerator';
import { malformedJson } from './malformedJson';
import { missingRequired } from './missingRequired';
import { notAnObject } from './notAnObject';
import { outsideEnum } from './outsideEnum';
import { wrongContentType } from './wrongContentType';
import { wrongType } from './wrongType';

export const kindGenerators: Record<InvalidKind, KindGenerator> = {
  'missing-required': missingRequired,
  'wrong-type': wrongType,
  'outside-enum': outsideEnum,
  'bad-format': badFormat,
  'not-an-object': notAnObject,
  'malformed-json': malformedJson,
  'wrong-content-type': wrongContentType,
};
