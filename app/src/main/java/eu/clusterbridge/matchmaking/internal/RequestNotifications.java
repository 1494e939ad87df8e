package eu.clusterbridge.matchmaking.internal;

import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequest;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the target's people of a new request, and the requester's people of the answer, once it committed. */
@Component
class RequestNotifications {

    private final MeetingRequests requests;
    private final Registrations registrations;
    private final MatchmakingEvents events;
    private final ParticipantMail mail;

    RequestNotifications(MeetingRequests requests, Registrations registrations, MatchmakingEvents events, ParticipantMail mail) {
        this.requests = requests;
        this.registrations = registrations;
        this.events = events;
        this.mail = mail;
    }

    @TransactionalEventListener
    void on(MeetingRequests.RequestSent sent) {
        MeetingRequest request = requests.get(sent.requestId());
        MatchmakingEvent event = events.get(request.eventId());
        Participant requester = registrations.get(request.requesterId());
        Participant target = registrations.get(request.targetId());
        String answer = request.status() == RequestStatus.PENDING
                ? "Please accept or decline it on your \"My events\" page." : "The event accepts requests automatically.";
        mail.send(target, "Meeting request from " + requester.displayName() + " — " + event.name(),
                requester.displayName() + " would like to meet " + target.displayName() + " at " + event.name() + "."
                        + (request.message() == null ? "" : "\n\nTheir message:\n" + request.message()) + "\n\n" + answer,
                "/matchmaking/mine");
    }

    @TransactionalEventListener
    void on(MeetingRequests.RequestAnswered answered) {
        MeetingRequest request = requests.get(answered.requestId());
        MatchmakingEvent event = events.get(request.eventId());
        Participant requester = registrations.get(request.requesterId());
        Participant target = registrations.get(request.targetId());
        String verb = request.status() == RequestStatus.ACCEPTED ? "accepted" : "declined";
        mail.send(requester, target.displayName() + " " + verb + " your meeting request — " + event.name(),
                target.displayName() + " " + verb + " the meeting request of " + requester.displayName() + " at " + event.name() + "."
                        + (request.status() == RequestStatus.ACCEPTED ? " The meeting is scheduled with the agendas." : ""),
                "/matchmaking/mine");
    }
}
