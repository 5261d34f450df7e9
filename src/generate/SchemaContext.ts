/** How the engine reaches the rest of the OpenAPI document a schema came from. */
export interface SchemaContext {
  /** Resolves a `$ref` such as `#/components/schemas/WorkOrder` against the raw document. */
  resolveRef: (ref: string) => unknown;
  /**
   * Optional oracle for any sub-schema (which may still hold `$ref`s). The engine uses it where a
   * keyword cannot be honoured by construction: `oneOf` exclusivity, `allOf` merges and keywords
   * such as `not`. Without it those values are best effort.
   */
  validate?: (schema: unknown, value: unknown) => boolean;
}

/** Options of the positive generator. */
export interface ValidValueOptions {
  /** Object and array levels generated in full; deeper levels get only what is required. */
  maxDepth?: number;
  /** Also add undeclared keys where `additionalProperties` allows them (off by default). */
  extraProperties?: boolean;
}
