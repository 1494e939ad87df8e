package eu.clusterbridge.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the directory index. "text" folds accents and stems English, so "clúster", "Clusters" and
 * "clustering" all meet "cluster"; "sort" makes names sort case- and accent-insensitively.
 * The Elasticsearch/OpenSearch backend needs the same two definitions (docs/operations.md).
 */
public class DirectoryAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("text").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
        context.normalizer("sort").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
