import type { OperationModel } from '../spec/SpecModel';

// The scheme name is case-insensitive (RFC 7235 §2.1); the token is compared exactly.
const bearer = /^bearer +(\S+)$/i;

/**
 * Whether the Authorization header carries `Bearer <token>`. An operation whose security lists
 * an empty requirement, or none at all, is open to anyone (OAS 3.1 §4.8.30).
 */
export const isAuthorized = (
  operation: OperationModel,
  authorization: string | undefined,
  token: string,
): boolean => {
  const isOpen =
    operation.security.length === 0 || operation.security.some((set) => set.length === 0);
  return isOpen || bearer.exec(authorization ?? '')?.[1] === token;
};
