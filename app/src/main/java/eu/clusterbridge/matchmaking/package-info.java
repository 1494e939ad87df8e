/**
 * Matchmaking: B2B brokerage events run by an organiser — set-up (sessions, slots derived from slot length and
 * pause, tables and own tables, participant types with a booking-rules matrix, limits), registrations of
 * directory organisations with marketplace items and availability, meeting requests with priorities, and the
 * schedule: the {@code scheduler} library's optimising solver runs in the background and its meetings, bound,
 * gap and explanations are stored; organisers move and lock meetings; agendas as page, PDF and iCalendar.
 * An event is organised by a directory organisation's owners and editors (and administrators); participants
 * register their own organisations, search the marketplace, send and answer requests (with e-mails) and find it
 * all on "My events". On the day: check-in, no-shows (their meetings are freed) and walk-in meetings in freed
 * slots; after it: outcome surveys by each side of a meeting, statistics and CSV exports.
 * Offers {@link eu.clusterbridge.matchmaking.MatchmakingEvents}, {@link eu.clusterbridge.matchmaking.Registrations},
 * {@link eu.clusterbridge.matchmaking.MeetingRequests}, {@link eu.clusterbridge.matchmaking.Marketplace},
 * {@link eu.clusterbridge.matchmaking.Scheduling}, {@link eu.clusterbridge.matchmaking.ScheduleBoard},
 * {@link eu.clusterbridge.matchmaking.CheckIns}, {@link eu.clusterbridge.matchmaking.WalkIns},
 * {@link eu.clusterbridge.matchmaking.OutcomeSurveys} and {@link eu.clusterbridge.matchmaking.MatchmakingStatistics}.
 * Uses the directory (organisations by id; consumes {@code OrganisationDeleted}) and accounts (memberships, the
 * addresses of an organisation's people); publishes {@code MeetingRequests.RequestSent}/{@code RequestAnswered} for
 * its own mail listener. Who may act is decided in one place, {@link eu.clusterbridge.matchmaking.EventAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matchmaking")
package eu.clusterbridge.matchmaking;
