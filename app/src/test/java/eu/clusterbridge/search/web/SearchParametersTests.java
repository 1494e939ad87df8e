package eu.clusterbridge.search.web;

import eu.clusterbridge.search.Facet;
import eu.clusterbridge.search.SearchQuery;
import eu.clusterbridge.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParametersTests {

    @Test
    void facetValuesRepeatAndBlankOnesAreDropped() {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("q", "  smart packaging ");
        parameters.add("country", "PT");
        parameters.add("country", "ES");
        parameters.add("sector", "");
        parameters.add("page", "2");

        SearchQuery query = SearchParameters.from(parameters);

        assertThat(query.text()).isEqualTo("smart packaging");
        assertThat(query.selected(Facet.COUNTRY)).containsExactly("PT", "ES");
        assertThat(query.filters()).doesNotContainKey(Facet.SECTOR);
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(SearchParameters.DEFAULT_SIZE);
    }

    @Test
    void anUnknownParameterIsRejectedNotIgnored() {
        LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        parameters.add("contry", "PT");
        assertThatThrownBy(() -> SearchParameters.from(parameters))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.byField()).containsKey("contry"));
    }
}
