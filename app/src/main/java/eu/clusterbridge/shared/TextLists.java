package eu.clusterbridge.shared;

import java.util.List;

/** Lists of short texts as profiles hold them: no nulls, no blanks, no surrounding spaces. */
public final class TextLists {

    private TextLists() {
    }

    public static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
