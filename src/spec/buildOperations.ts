import type Ajv2020 from 'ajv/dist/2020';
import { compileSchemaAt } from './compileSchemas';
import { getAtPointer, isRecord, toPointer } from './jsonPointer';
import type { SpecDocument } from './readSpecDocument';
import {
  httpMethods,
  type MediaTypeModel,
  type OperationModel,
  type ParameterModel,
  type RequestBodyModel,
  type ResponseModel,
  type SecuritySchemeModel,
} from './SpecModel';

interface Located {
  pointer: string;
  value: unknown;
}

/** Follows local `$ref`s (already checked to resolve) to the object they name. */
const follow = (spec: SpecDocument, pointer: string): Located => {
  let current = pointer;
  for (let hops = 0; hops < 32; hops += 1) {
    const value = getAtPointer(spec.raw, current);
    if (!isRecord(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#')) {
      return { pointer: current, value };
    }
    current = decodeURIComponent(value.$ref.slice(1));
  }
  return { pointer: current, value: undefined };
};

const buildContent = (ajv: Ajv2020, spec: SpecDocument, pointer: string): MediaTypeModel[] => {
  const content = getAtPointer(spec.raw, pointer);
  if (!isRecord(content)) return [];
  return Object.entries(content).map(([mediaType, media]) => {
    if (!isRecord(media) || media.schema === undefined) return { mediaType };
    const schemaPointer = `${pointer}${toPointer([mediaType, 'schema'])}`;
    return {
      mediaType,
      schemaPointer,
      schema: media.schema,
      validate: compileSchemaAt(ajv, spec, schemaPointer),
    };
  });
};

const buildParameters = (spec: SpecDocument, pointers: string[]): ParameterModel[] => {
  const byKey = new Map<string, ParameterModel>();
  for (const listPointer of pointers) {
    const list = getAtPointer(spec.raw, listPointer);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const { pointer, value } = follow(spec, `${listPointer}/${index}`);
      if (!isRecord(value) || typeof value.name !== 'string') return;
      const location = value.in as ParameterModel['in'];
      // An operation-level parameter overrides a path-level one of the same name and place.
      byKey.set(`${location}:${value.name}`, {
        name: value.name,
        in: location,
        required: value.required === true,
        schema: value.schema,
        pointer,
      });
    });
  }
  return [...byKey.values()];
};

const buildRequestBody = (
  ajv: Ajv2020,
  spec: SpecDocument,
  operationPointer: string,
): RequestBodyModel | undefined => {
  const { pointer, value } = follow(spec, `${operationPointer}/requestBody`);
  if (!isRecord(value)) return undefined;
  return {
    pointer,
    required: value.required === true,
    content: buildContent(ajv, spec, `${pointer}/content`),
  };
};

const buildResponses = (ajv: Ajv2020, spec: SpecDocument, operationPointer: string) => {
  const responses = getAtPointer(spec.raw, `${operationPointer}/responses`);
  if (!isRecord(responses)) return [];
  return Object.keys(responses).map((statusCode): ResponseModel => {
    const { pointer, value } = follow(spec, `${operationPointer}/responses/${statusCode}`);
    const hasContent = isRecord(value) && value.content !== undefined;
    return {
      statusCode,
      pointer,
      ...(hasContent ? { content: buildContent(ajv, spec, `${pointer}/content`) } : {}),
    };
  });
};

const buildSecurity = (spec: SpecDocument, operation: Record<string, unknown>) => {
  const requirements = operation.security ?? spec.raw.security;
  if (!Array.isArray(requirements)) return [];
  return requirements.filter(isRecord).map((requirement) =>
    Object.keys(requirement).map((name): SecuritySchemeModel => {
      const scheme = getAtPointer(spec.raw, toPointer(['components', 'securitySchemes', name]));
      const fields = isRecord(scheme) ? scheme : {};
      return {
        name,
        type: typeof fields.type === 'string' ? fields.type : 'unknown',
        ...(typeof fields.scheme === 'string' ? { scheme: fields.scheme } : {}),
      };
    }),
  );
};

/** The operations of the document, with their request and response validators compiled. */
export const buildOperations = (ajv: Ajv2020, spec: SpecDocument): OperationModel[] => {
  const paths = isRecord(spec.raw.paths) ? spec.raw.paths : {};
  const operations: OperationModel[] = [];

  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    if (!isRecord(pathItem)) continue;
    const pathPointer = toPointer(['paths', pathTemplate]);

    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!isRecord(operation)) continue;
      const pointer = `${pathPointer}/${method}`;
      operations.push({
        operationId:
          typeof operation.operationId === 'string'
            ? operation.operationId
            : `${method} ${pathTemplate}`,
        method,
        pathTemplate,
        pointer,
        parameters: buildParameters(spec, [`${pathPointer}/parameters`, `${pointer}/parameters`]),
        requestBody: buildRequestBody(ajv, spec, pointer),
        responses: buildResponses(ajv, spec, pointer),
        security: buildSecurity(spec, operation),
      });
    }
  }
  return operations;
};
