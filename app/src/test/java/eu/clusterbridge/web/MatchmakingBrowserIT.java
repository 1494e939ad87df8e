package eu.clusterbridge.web;

import java.time.Duration;
import java.util.List;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.MeetingRequests;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registration;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.RequestSpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organiser's flow in headless Chromium: sign in, set up an event with the form, (participants register and
 * request meetings through the services), run the scheduler and watch htmx bring the result, open an agenda.
 */
class MatchmakingBrowserIT extends BrowserTest {

    @Autowired
    MatchmakingEvents events;

    @Autowired
    Registrations registrations;

    @Autowired
    MeetingRequests requests;

    @Autowired
    Organisations organisations;

    @Test
    void anOrganiserSetsUpAnEventRunsTheSchedulerAndSeesTheResult() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin@test.localhost");
        browser.findElement(By.id("password")).sendKeys("test-operator-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get("http://localhost:" + port + "/matchmaking/new");
        browser.findElement(By.id("name")).sendKeys("Browser brokerage");
        browser.findElement(By.id("venue")).sendKeys("Porto");
        browser.findElement(By.id("sessions")).sendKeys("2027-06-01 09:00-10:40 Morning");
        browser.findElement(By.id("tables")).clear();
        browser.findElement(By.id("tables")).sendKeys("2");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Browser brokerage"));
        String key = browser.getCurrentUrl().replaceAll(".*/matchmaking/", "");

        MatchmakingEvent event = events.getByKey(key);
        EventAccess.SystemWork.run(() -> {
            List<Participant> p = organisations.all().subList(0, 3).stream().map(o -> registrations.register(event.id(),
                    new Registration(o.getId(), null, null, null, null, null, List.of(), List.of(), false, List.of()))).toList();
            requests.send(event.id(), new RequestSpec(p.get(0).id(), p.get(1).id(), 5, null));
            requests.send(event.id(), new RequestSpec(p.get(0).id(), p.get(2).id(), 4, null));
            requests.send(event.id(), new RequestSpec(p.get(1).id(), p.get(0).id(), 3, null));
            requests.accept(requests.ofEvent(event.id()).get(0).id());
            requests.accept(requests.ofEvent(event.id()).get(1).id());
            requests.accept(requests.ofEvent(event.id()).get(2).id());
        });

        browser.navigate().refresh();
        browser.findElement(By.xpath("//button[normalize-space()='Run the scheduler']")).click();
        wait.until(ExpectedConditions.urlContains("/schedule"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), "proved upper bound"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("2 of 2 requested meetings placed");

        browser.get("http://localhost:" + port + "/matchmaking/" + key + "/agendas");
        browser.findElement(By.partialLinkText(organisations.all().get(0).getName())).click();
        wait.until(ExpectedConditions.titleContains("Agenda"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(organisations.all().get(1).getName());
    }
}
