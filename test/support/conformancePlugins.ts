import { createRequestProperties, unknownNumberFloor } from '../../properties';

export const conformancePlugins = { createRequestProperties, unknownNumberFloor };
