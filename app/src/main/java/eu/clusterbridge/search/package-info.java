/**
 * Search: full-text and faceted search over organisations and partnerships together (Hibernate Search; an
 * embedded Lucene index by default, Elasticsearch/OpenSearch by configuration). Text is accent-folded and
 * stemmed; facets are type, country, NUTS region, sector, programme and target market, each counted as if its
 * own filter were not set, so a user can widen a choice as easily as narrow it. Offers
 * {@link eu.clusterbridge.search.DirectorySearch}, used by the web pages and {@code GET /api/search}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package eu.clusterbridge.search;
