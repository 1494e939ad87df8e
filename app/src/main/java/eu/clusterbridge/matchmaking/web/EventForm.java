package eu.clusterbridge.matchmaking.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.RequestMode;
import eu.clusterbridge.shared.FieldChecks;

import static eu.clusterbridge.shared.FormText.lines;
import static eu.clusterbridge.shared.FormText.orNull;
import static eu.clusterbridge.shared.FormText.text;

/**
 * The event set-up form as the browser sends it. Lists are typed one per line: sessions as
 * "2027-05-11 09:00-12:30 Morning", tables by name (or a single number for "Table 1" … "Table n"),
 * types as "buyer | Buyers | 8" (code, name, optional limit) and rules as "buyer -> supplier".
 */
record EventForm(String name, String venue, Boolean online, String timeZone, String registrationDeadline, String slotMinutes,
                 String pauseMinutes, String requestMode, String requestExpiryDays, Boolean anyToAny, String maxMeetings,
                 String fairness, String maxMeetingsPerSession, String sessions, String tables, String types, String rules) {

    private static final Pattern SESSION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})\\s*(.*)");
    private static final Pattern RULE = Pattern.compile("(\\S+)\\s*(?:->|→)\\s*(\\S+)");

    /** An unticked checkbox sends nothing: that is "no". */
    EventForm {
        online = Boolean.TRUE.equals(online);
        anyToAny = Boolean.TRUE.equals(anyToAny);
    }

    static EventForm empty() {
        return new EventForm("", "", false, "Europe/Brussels", "", "20", "5", RequestMode.APPROVAL.name(), "7", true, "", "", "",
                "", "10", "", "");
    }

    static EventForm of(EventSetup s) {
        return new EventForm(s.name(), text(s.venue()), s.online(), s.timeZone(), text(s.registrationDeadline()), text(s.slotMinutes()),
                text(s.pauseMinutes()), s.requestMode().name(), text(s.requestExpiryDays()), s.anyToAny(), text(s.maxMeetings()),
                text(s.fairness()), text(s.maxMeetingsPerSession()),
                String.join("\n", s.sessions().stream().map(x -> x.day() + " " + x.starts() + "-" + x.ends() + " " + text(x.name())).toList()),
                String.join("\n", s.tables()),
                String.join("\n", s.types().stream().map(t -> t.code() + " | " + t.name() + (t.maxMeetings() == null ? "" : " | " + t.maxMeetings())).toList()),
                String.join("\n", s.rules().stream().map(r -> r.requester() + " -> " + r.target()).toList()));
    }

    EventSetup toSetup(FieldChecks checks) {
        return new EventSetup(name, orNull(venue), online, orNull(timeZone), checks.date("registrationDeadline", registrationDeadline),
                checks.integer("slotMinutes", slotMinutes), checks.integer("pauseMinutes", pauseMinutes),
                checks.choice("requestMode", requestMode, RequestMode.class), checks.integer("requestExpiryDays", requestExpiryDays),
                anyToAny, checks.integer("maxMeetings", maxMeetings), checks.integer("fairness", fairness),
                checks.integer("maxMeetingsPerSession", maxMeetingsPerSession),
                sessionSpecs(checks), tableNames(), typeSpecs(checks), ruleSpecs(checks));
    }

    private List<EventSetup.SessionSpec> sessionSpecs(FieldChecks checks) {
        List<EventSetup.SessionSpec> result = new ArrayList<>();
        List<String> rows = lines(sessions);
        for (int i = 0; i < rows.size(); i++) {
            Matcher m = SESSION.matcher(rows.get(i));
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException();
                }
                result.add(new EventSetup.SessionSpec(orNull(m.group(4)), LocalDate.parse(m.group(1)), time(m.group(2)), time(m.group(3))));
            } catch (RuntimeException e) {
                checks.fail("sessions", "line " + (i + 1) + ": write it as 2027-05-11 09:00-12:30 Morning");
            }
        }
        return result;
    }

    private List<String> tableNames() {
        List<String> rows = lines(tables);
        if (rows.size() == 1 && rows.get(0).matches("\\d{1,4}")) {
            List<String> numbered = new ArrayList<>();
            for (int t = 1; t <= Integer.parseInt(rows.get(0)); t++) {
                numbered.add("Table " + t);
            }
            return numbered;
        }
        return rows;
    }

    private List<EventSetup.TypeSpec> typeSpecs(FieldChecks checks) {
        List<EventSetup.TypeSpec> result = new ArrayList<>();
        for (String row : lines(types)) {
            String[] parts = row.split("\\|");
            String code = parts[0].strip();
            String label = parts.length > 1 ? parts[1].strip() : code;
            Integer max = parts.length > 2 ? checks.integer("types", parts[2]) : null;
            result.add(new EventSetup.TypeSpec(code, label, max));
        }
        return result;
    }

    private List<EventSetup.RuleSpec> ruleSpecs(FieldChecks checks) {
        List<EventSetup.RuleSpec> result = new ArrayList<>();
        List<String> rows = lines(rules);
        for (int i = 0; i < rows.size(); i++) {
            Matcher m = RULE.matcher(rows.get(i));
            if (m.matches()) {
                result.add(new EventSetup.RuleSpec(m.group(1), m.group(2)));
            } else {
                checks.fail("rules", "line " + (i + 1) + ": write it as buyer -> supplier");
            }
        }
        return result;
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }
}
