import type { ValidateFunction } from 'ajv';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export const httpMethods: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];

export interface MediaTypeModel {
  mediaType: string;
  /** Pointer of the Schema Object; undefined when the media type declares no schema. */
  schemaPointer?: string;
  schema?: unknown;
  validate?: ValidateFunction;
}

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: unknown;
  pointer: string;
}

export interface RequestBodyModel {
  pointer: string;
  required: boolean;
  content: MediaTypeModel[];
}

export interface ResponseModel {
  /** As written in the spec: `200`, `4XX` or `default`. */
  statusCode: string;
  pointer: string;
  /** undefined: no `content` key; an empty array: `content: {}`. Both mean no body schema. */
  content?: MediaTypeModel[];
}

export interface SecuritySchemeModel {
  name: string;
  type: string;
  scheme?: string;
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  pathTemplate: string;
  pointer: string;
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  responses: ResponseModel[];
  /** Alternatives (OR) of scheme sets (AND), as in the Security Requirement Object. */
  security: SecuritySchemeModel[][];
}

export interface SpecModel {
  path: string;
  /** The document as written; never mutated. */
  document: Record<string, unknown>;
  operations: OperationModel[];
  findOperation(operationId: string): OperationModel | undefined;
  /** Resolves a `$ref` string of this document to the value it names. */
  resolveRef(ref: string): unknown;
  /** `file:line:col` of a JSON pointer into the document. */
  locate(pointer: string): string;
}
