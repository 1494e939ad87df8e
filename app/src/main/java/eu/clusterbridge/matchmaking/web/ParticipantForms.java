package eu.clusterbridge.matchmaking.web;

import java.util.List;
import java.util.Map;

import eu.clusterbridge.matchmaking.ItemKind;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.matchmaking.RequestSpec;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.FormText;

import static eu.clusterbridge.shared.FormText.orNull;

/** The organiser's forms to register an organisation and to record a meeting request, as the browser sends them. */
final class ParticipantForms {

    private ParticipantForms() {
    }

    /**
     * @param organisation     the organisation's key, as in its page address
     * @param unavailableSlots slot numbers separated by commas
     */
    record RegistrationForm(String organisation, String type, String contactName, String contactEmail, String maxMeetings,
                            String unavailableSlots, Boolean ownTable, String itemKind, String itemTitle, String itemDescription) {

        static RegistrationForm empty() {
            return new RegistrationForm("", "", "", "", "", "", false, "OFFER", "", "");
        }

        Registration toRegistration(Long organisationId, FieldChecks checks) {
            checks.when(organisationId == null, "organisation", "no organisation with the key '" + FormText.text(organisation) + "'");
            List<Integer> slots = FormText.commaSeparated(unavailableSlots).stream().map(s -> checks.integer("unavailableSlots", s)).toList();
            List<Registration.Item> items = FormText.isBlank(itemTitle) ? List.of()
                    : List.of(new Registration.Item(checks.choice("itemKind", itemKind, ItemKind.class), itemTitle.strip(),
                            orNull(itemDescription), null, Map.of()));
            return new Registration(organisationId, orNull(type), orNull(contactName), orNull(contactEmail),
                    null, checks.integer("maxMeetings", maxMeetings), List.of(),
                    slots.stream().filter(java.util.Objects::nonNull).toList(), Boolean.TRUE.equals(ownTable), items);
        }
    }

    record RequestForm(String requesterId, String targetId, String priority, String message) {

        static RequestForm empty() {
            return new RequestForm("", "", "3", "");
        }

        RequestSpec toSpec(FieldChecks checks) {
            return new RequestSpec(checks.integer("requesterId", requesterId) == null ? null : Long.valueOf(requesterId.strip()),
                    checks.integer("targetId", targetId) == null ? null : Long.valueOf(targetId.strip()),
                    checks.integer("priority", priority), orNull(message));
        }
    }
}
