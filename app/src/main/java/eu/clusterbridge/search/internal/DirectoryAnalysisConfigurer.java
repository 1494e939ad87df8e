package eu.clusterbridge.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers of the directory index, for both backends. "text" folds accents and stems English, so
 * "clúster", "Clusters" and "clustering" all meet "cluster"; "sort" makes names sort case- and
 * accent-insensitively. The two definitions must stay the same so results do not change with the backend.
 */
public class DirectoryAnalysisConfigurer implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

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

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.analyzer("text").custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "english_possessive", "porter_stem");
        context.normalizer("sort").custom()
                .tokenFilters("lowercase", "asciifolding");
    }
}
