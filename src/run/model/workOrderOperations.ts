/** operationIds of the spec's work-order operations that the workflow model drives. */
export const workOrderOperations = {
  create: 'post-work-orders',
  retrieve: 'get-work-order-id',
  moveStatus: 'patch-work-orders-id-state',
} as const;
