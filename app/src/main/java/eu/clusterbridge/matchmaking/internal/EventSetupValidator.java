package eu.clusterbridge.matchmaking.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.EventSetup.SessionSpec;
import eu.clusterbridge.shared.FieldChecks;

/** The rules of an event's set-up, every problem reported with its field before anything is written. */
public final class EventSetupValidator {

    private EventSetupValidator() {
    }

    public static void validate(EventSetup setup) {
        FieldChecks checks = new FieldChecks()
                .required("name", setup.name()).maxLength("name", setup.name(), 300)
                .maxLength("venue", setup.venue(), 300)
                .when(!setup.online() && (setup.venue() == null || setup.venue().isBlank()), "venue", "is required unless the event is online")
                .required("timeZone", setup.timeZone())
                .required("slotMinutes", setup.slotMinutes()).range("slotMinutes", setup.slotMinutes(), 5, 240)
                .required("pauseMinutes", setup.pauseMinutes()).range("pauseMinutes", setup.pauseMinutes(), 0, 120)
                .required("requestMode", setup.requestMode())
                .range("requestExpiryDays", setup.requestExpiryDays(), 1, 365)
                .range("maxMeetings", setup.maxMeetings(), 0, 1000)
                .range("fairness", setup.fairness(), 0, 100)
                .range("maxMeetingsPerSession", setup.maxMeetingsPerSession(), 1, 1000)
                .when(setup.sessions().isEmpty(), "sessions", "an event needs at least one session")
                .when(setup.tables().isEmpty(), "tables", "an event needs at least one table")
                .when(setup.tables().size() > 2000, "tables", "at most 2000 tables");
        checks.when(setup.timeZone() != null && !setup.timeZone().isBlank() && !isZone(setup.timeZone()), "timeZone",
                "'" + setup.timeZone() + "' is not a known time zone (e.g. Europe/Brussels)");
        sessions(setup, checks);
        types(setup, checks);
        checks.orThrow();
    }

    private static void sessions(EventSetup setup, FieldChecks checks) {
        LocalDate first = null;
        for (int i = 0; i < setup.sessions().size(); i++) {
            SessionSpec s = setup.sessions().get(i);
            String field = "sessions[" + i + "]";
            checks.required(field + ".day", s.day()).required(field + ".starts", s.starts()).required(field + ".ends", s.ends())
                    .maxLength(field + ".name", s.name(), 120);
            if (s.day() == null || s.starts() == null || s.ends() == null) {
                continue;
            }
            first = first == null || s.day().isBefore(first) ? s.day() : first;
            checks.when(!s.ends().isAfter(s.starts()), field + ".ends", "must be after the start");
            if (s.ends().isAfter(s.starts()) && setup.slotMinutes() != null && setup.pauseMinutes() != null
                    && SlotPlanner.slotStarts(s, setup.slotMinutes(), Math.max(0, setup.pauseMinutes())).isEmpty()) {
                checks.fail(field + ".ends", "the session is shorter than one slot of " + setup.slotMinutes() + " minutes");
            }
            for (int j = 0; j < i; j++) {
                SessionSpec o = setup.sessions().get(j);
                if (s.day().equals(o.day()) && o.starts() != null && o.ends() != null
                        && s.starts().isBefore(o.ends()) && o.starts().isBefore(s.ends())) {
                    checks.fail(field, "overlaps session " + (j + 1));
                }
            }
        }
        if (first != null && setup.registrationDeadline() != null) {
            checks.when(setup.registrationDeadline().isAfter(first), "registrationDeadline", "must not be after the first day (" + first + ")");
        }
    }

    private static void types(EventSetup setup, FieldChecks checks) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < setup.types().size(); i++) {
            EventSetup.TypeSpec t = setup.types().get(i);
            String field = "types[" + i + "]";
            checks.required(field + ".code", t.code()).maxLength(field + ".code", t.code(), 40)
                    .required(field + ".name", t.name()).maxLength(field + ".name", t.name(), 120)
                    .range(field + ".maxMeetings", t.maxMeetings(), 0, 1000);
            checks.when(t.code() != null && !codes.add(t.code()), field + ".code", "'" + t.code() + "' is listed twice");
        }
        checks.when(!setup.anyToAny() && setup.rules().isEmpty(), "rules",
                "list who may meet whom (e.g. buyer -> supplier), or let anyone meet anyone");
        List<EventSetup.RuleSpec> rules = setup.rules();
        for (int i = 0; i < rules.size(); i++) {
            checks.known("rules[" + i + "].requester", rules.get(i).requester(), codes::contains, "participant type")
                    .known("rules[" + i + "].target", rules.get(i).target(), codes::contains, "participant type")
                    .required("rules[" + i + "].requester", rules.get(i).requester())
                    .required("rules[" + i + "].target", rules.get(i).target());
        }
    }

    private static boolean isZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
