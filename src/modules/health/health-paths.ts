/** /health answers at the root and under the API prefix; both stay out of the global prefix. */
export const HEALTH_PATHS = ['health', 'api/v1/health'];
