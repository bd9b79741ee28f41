import type { GatewayConfigSupergraph } from '@graphql-hive/gateway-runtime';
import { ErrorCode } from '@keyfield/core';
import type { RequestIdentities } from '../identity/request-identities';
import { gatewayError, GatewayErrorCode } from '../runtime/gateway-error';
import type { PersistedDocuments } from './persisted-documents';

type PersistedDocumentsOption = NonNullable<GatewayConfigSupergraph['persistedDocuments']>;

/**
 * The runtime's `persistedDocuments` over the portal's file: a request may name a document by
 * `extensions.persistedQuery.sha256Hash` instead of sending it. With `publicOnly`, anonymous
 * clients may run only those (PERSISTED_QUERY_ONLY, HTTP 403, otherwise); signed-in callers may
 * always send their own documents.
 */
export function persistedDocumentsOption(documents: PersistedDocuments, publicOnly: boolean, identities: RequestIdentities): PersistedDocumentsOption {
  return {
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    allowArbitraryDocuments: (request) => !publicOnly || identities.of(request).role !== 'public',
    customErrors: {
      persistedQueryOnly: () => gatewayError(GatewayErrorCode.PersistedQueryOnly,
        'Anonymous clients may run only the portal\'s persisted documents: send extensions.persistedQuery.sha256Hash of one of them, or sign in to send your own query',
        { status: 403 }),
      notFound: () => gatewayError(GatewayErrorCode.PersistedQueryNotFound, 'No persisted document has this sha256Hash; send the query itself, or a hash from the portal\'s list'),
      keyNotFound: () => gatewayError(ErrorCode.BadUserInput, 'The request has neither a query nor extensions.persistedQuery.sha256Hash: send one of them', { status: 400 }),
    },
  };
}
