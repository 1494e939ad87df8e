package eu.clusterbridge.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.CheckIns;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.EventSetup;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingOutcome;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.OutcomeSurveys;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Presence;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestMode;
import eu.clusterbridge.matchmaking.RequestSpec;
import eu.clusterbridge.matchmaking.Scheduling;
import eu.clusterbridge.matchmaking.SurveyAnswer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the day and after, in headless Chromium: the organiser checks a participant in on a tablet-sized window
 * (search as you type, htmx swaps the row without reloading the page; the page fits a phone's width too), and a
 * participant's own member fills in the outcome survey of a meeting.
 */
class OnSiteBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MatchmakingEvents events;

    @Autowired
    Registrations registrations;

    @Autowired
    MeetingRequests requests;

    @Autowired
    Scheduling scheduling;

    @Autowired
    Organisations organisations;

    @Autowired
    CheckIns checkIns;

    @Autowired
    OutcomeSurveys surveys;

    @Test
    void checkInOnATabletAndASurveyFilledByTheParticipantsMember() {
        TestAccounts accounts = new TestAccounts(context);
        Account member = accounts.create("member");
        Organisation own = accounts.draftOrganisation("Browser Robotics Cluster", null, null, member);
        List<Participant> p = new ArrayList<>();
        MatchmakingEvent[] made = new MatchmakingEvent[1];
        EventAccess.SystemWork.run(() -> {
            MatchmakingEvent event = events.create(new EventSetup("On-site brokerage " + System.nanoTime(), "Porto", false, "Europe/Lisbon",
                    null, 20, 5, RequestMode.AUTOMATIC, null, true, null, null, null,
                    List.of(new EventSetup.SessionSpec("Morning", LocalDate.of(2027, 6, 1), LocalTime.of(9, 0), LocalTime.of(10, 35))), List.of("A", "B"), List.of(), List.of()));
            p.add(registrations.register(event.id(), new Registration(own.getId(), null, null, null, null, null, List.of(), List.of(), false, List.of())));
            organisations.all().subList(0, 3).forEach(o -> p.add(registrations.register(event.id(),
                    new Registration(o.getId(), null, null, null, null, null, List.of(), List.of(), false, List.of()))));
            requests.send(event.id(), new RequestSpec(p.get(0).id(), p.get(1).id(), 5, null));
            requests.send(event.id(), new RequestSpec(p.get(2).id(), p.get(3).id(), 4, null));
            scheduling.runNow(event.id());
            made[0] = event;
        });
        MatchmakingEvent event = made[0];
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.manage().window().setSize(new Dimension(768, 1024)); // a tablet held upright
        signIn("admin@test.localhost", "test-operator-password", wait);
        browser.get("http://localhost:" + port + "/matchmaking/" + event.key() + "/check-in");
        Participant arriving = p.get(2);
        String rowId = "p-" + arriving.id();
        browser.findElement(By.id("q")).sendKeys(arriving.displayName().substring(0, 8));
        wait.until(d -> d.findElements(By.cssSelector("#check-in-results li")).size() < p.size());
        assertThat(browser.findElements(By.id(rowId))).hasSize(1);
        WebElement button = browser.findElement(By.cssSelector("#" + rowId + " button"));
        assertThat(button.getText()).isEqualTo("Check in");
        assertThat(button.getSize().getHeight()).as("a finger-sized target").isGreaterThanOrEqualTo(44);
        button.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(rowId), "Checked in"));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).as("htmx swapped the row, the page stayed")
                .isEqualTo(arriving.displayName().substring(0, 8));
        EventAccess.SystemWork.run(() -> assertThat(checkIns.presence(event.id())).containsEntry(arriving.id(), Presence.CHECKED_IN));

        browser.manage().window().setSize(new Dimension(375, 812)); // a phone
        browser.navigate().refresh();
        Number overflow = (Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        browser.manage().deleteAllCookies();

        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn(member.getEmail(), TestAccounts.PASSWORD, wait);
        browser.get("http://localhost:" + port + "/matchmaking/" + event.key() + "/surveys/" + p.get(0).id());
        WebElement meeting = browser.findElement(By.cssSelector("main article"));
        assertThat(meeting.getText()).contains(p.get(1).displayName());
        meeting.findElement(By.cssSelector("input[value=COOPERATION_POSSIBLE]")).click();
        meeting.findElement(By.tagName("textarea")).sendKeys("A pilot line visit in May");
        meeting.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "your answer is saved"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Answered: Cooperation possible");
        EventAccess.SystemWork.run(() -> assertThat(surveys.ofEvent(event.id())).extracting(SurveyAnswer::participantId,
                SurveyAnswer::outcome, SurveyAnswer::comment, SurveyAnswer::answeredBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.get(0).id(), MeetingOutcome.COOPERATION_POSSIBLE,
                        "A pilot line visit in May", member.getEmail())));
        browser.manage().deleteAllCookies();
    }

    private void signIn(String email, String password, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
