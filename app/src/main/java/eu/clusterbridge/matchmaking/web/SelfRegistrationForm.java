package eu.clusterbridge.matchmaking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.ItemKind;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.FormText;

import static eu.clusterbridge.shared.FormText.orNull;

/**
 * A participant's own registration form: the organisation, profile, type, sessions attended (ticked), slots not
 * available (ticked), and marketplace items as parallel lists (one entry per item row; custom fields as
 * "name: value" lines).
 */
record SelfRegistrationForm(Long organisationId, String type, String contactName, String contactEmail, String profile,
                            List<Long> sessions, List<Integer> unavailableSlots, List<String> itemKind, List<String> itemTitle,
                            List<String> itemDescription, List<String> itemCooperation, List<String> itemFields) {

    /** Rows for items shown in the form: the existing ones and this many empty ones. */
    static final int EMPTY_ITEM_ROWS = 2;

    SelfRegistrationForm {
        sessions = sessions == null ? List.of() : sessions;
        unavailableSlots = unavailableSlots == null ? List.of() : unavailableSlots;
        itemKind = itemKind == null ? List.of() : itemKind;
        itemTitle = itemTitle == null ? List.of() : itemTitle;
        itemDescription = itemDescription == null ? List.of() : itemDescription;
        itemCooperation = itemCooperation == null ? List.of() : itemCooperation;
        itemFields = itemFields == null ? List.of() : itemFields;
    }

    static SelfRegistrationForm empty(String contactName, String contactEmail) {
        return new SelfRegistrationForm(null, "", contactName, contactEmail, "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    static SelfRegistrationForm of(Registration r) {
        return new SelfRegistrationForm(r.organisationId(), r.type(), r.contactName(), r.contactEmail(), r.profile(), r.sessions(),
                r.unavailableSlots(), r.items().stream().map(i -> i.kind().name()).toList(), r.items().stream().map(Registration.Item::title).toList(),
                r.items().stream().map(i -> FormText.text(i.description())).toList(),
                r.items().stream().map(i -> FormText.text(i.cooperationType())).toList(),
                r.items().stream().map(i -> i.fields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("\n"))).toList());
    }

    /** The item rows to show: the submitted or saved ones, then empty ones to fill in. */
    List<ItemRow> itemRows() {
        List<ItemRow> rows = new ArrayList<>();
        for (int i = 0; i < itemTitle.size(); i++) {
            rows.add(new ItemRow(i, at(itemKind, i), at(itemTitle, i), at(itemDescription, i), at(itemCooperation, i), at(itemFields, i)));
        }
        for (int i = 0; i < EMPTY_ITEM_ROWS; i++) {
            rows.add(new ItemRow(rows.size(), "OFFER", "", "", "", ""));
        }
        return rows;
    }

    Registration toRegistration(FieldChecks checks) {
        List<Registration.Item> items = new ArrayList<>();
        for (int i = 0; i < itemTitle.size(); i++) {
            if (FormText.isBlank(itemTitle.get(i))) {
                continue;
            }
            ItemKind kind = checks.choice("items[" + items.size() + "].kind", at(itemKind, i), ItemKind.class);
            items.add(new Registration.Item(kind, itemTitle.get(i).strip(), orNull(at(itemDescription, i)), orNull(at(itemCooperation, i)),
                    fields(at(itemFields, i), items.size(), checks)));
        }
        return new Registration(organisationId, orNull(type), orNull(contactName), orNull(contactEmail), orNull(profile), null,
                sessions, unavailableSlots, false, items);
    }

    private static Map<String, String> fields(String text, int index, FieldChecks checks) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : FormText.lines(text)) {
            int colon = line.indexOf(':');
            if (colon < 1) {
                checks.fail("items[" + index + "].fields", "write each custom field as 'name: value' ('" + line.strip() + "')");
                continue;
            }
            fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return fields;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    record ItemRow(int index, String kind, String title, String description, String cooperationType, String fields) {
    }
}
