/** The signing secret test suites share between the gateway and the subgraphs they start. */
export const TEST_SIGNING_SECRET = 'keyfield-test-signing-secret-0123456789abcdef';
