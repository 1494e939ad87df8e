package eu.clusterbridge.web;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Registrations;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole matchmaking flow in headless Chromium, each person in their own account: an organiser (editor of a
 * published organisation) sets up an event for it; two participants register their organisations and request
 * each other; one accepts; the organiser runs the scheduler and publishes; a participant downloads the agenda as
 * PDF and .ics, read back with PDFBox and ical4j; on the day the organiser checks her in at the desk, and after
 * the meeting she answers the outcome survey.
 */
class MatchmakingParticipantsBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Memberships memberships;

    @Autowired
    MatchmakingEvents events;

    @Autowired
    Registrations registrations;

    @Test
    void organiserAndTwoParticipantsGoFromSetUpToAgendasCheckInAndSurvey() throws Exception {
        TestAccounts accounts = new TestAccounts(context);
        Account organiser = accounts.create("EventOrganiser");
        Account alice = accounts.create("Alice");
        Account bob = accounts.create("Bob");
        Organisation host = organisations.all().stream().filter(Organisation::isPublished).findFirst().orElseThrow();
        memberships.join(organiser.getId(), host.getId(), OrganisationRole.EDITOR);
        Organisation aliceOrg = accounts.draftOrganisation("Alice Photonics", alice, null, null);
        Organisation bobOrg = accounts.draftOrganisation("Bob Optics", bob, null, null);

        // the organiser sets up an event organised by their organisation (approval mode: requests wait for an answer)
        signIn(organiser);
        open("/matchmaking/new");
        new Select(browser.findElement(By.id("organiserId"))).selectByVisibleText(host.getName());
        browser.findElement(By.id("name")).sendKeys("Photonics brokerage");
        browser.findElement(By.id("venue")).sendKeys("Porto");
        browser.findElement(By.id("sessions")).sendKeys("2027-06-01 09:00-10:40 Morning");
        browser.findElement(By.id("tables")).clear();
        browser.findElement(By.id("tables")).sendKeys("2");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Photonics brokerage"));
        String key = browser.getCurrentUrl().replaceAll(".*/matchmaking/", "");
        MatchmakingEvent event = events.getByKey(key);
        assertThat(event.organiserId()).isEqualTo(host.getId());
        signOut();

        // two participants register their own organisations with a marketplace item each
        register(alice, key, "Laser sources for inspection");
        register(bob, key, "Distribution of optical sensors");

        // each requests the other from the marketplace
        request(alice, key, bobOrg.getName());
        request(bob, key, aliceOrg.getName());

        // Bob accepts Alice's request on "My events"
        signIn(bob);
        open("/matchmaking/mine");
        browser.findElement(By.cssSelector("button[aria-label='Accept the request of " + aliceOrg.getName() + "']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "accepted"));
        signOut();

        // the organiser schedules and publishes
        signIn(organiser);
        open("/matchmaking/" + key);
        browser.findElement(By.xpath("//button[normalize-space()='Run the scheduler']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("progress"), "proved upper bound"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 of 1 requested meetings placed");
        open("/matchmaking/" + key);
        browser.findElement(By.xpath("//button[normalize-space()='Publish the agendas']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "published"));
        signOut();

        // Alice finds her agenda links on "My events" and downloads them
        signIn(alice);
        open("/matchmaking/mine");
        String pdfLink = browser.findElement(By.cssSelector("a[aria-label='Agenda of " + aliceOrg.getName() + " as PDF']")).getAttribute("href");
        String icsLink = browser.findElement(By.cssSelector("a[aria-label='Agenda of " + aliceOrg.getName() + " for your calendar']")).getAttribute("href");
        HttpClient http = HttpClient.newHttpClient();
        byte[] pdf = http.send(HttpRequest.newBuilder(URI.create(pdfLink)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(aliceOrg.getName()).contains(bobOrg.getName());
        }
        String ics = http.send(HttpRequest.newBuilder(URI.create(icsLink)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> meetings = calendar.getComponents("VEVENT");
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).getSummary().getValue()).contains(bobOrg.getName());
        signOut();

        // on the day the organiser checks Alice in at the desk
        long aliceId = registrations.ofEvent(event.id()).stream()
                .filter(p -> p.organisationId() == aliceOrg.getId()).findFirst().orElseThrow().id();
        signIn(organiser);
        open("/matchmaking/" + key + "/check-in");
        browser.findElement(By.id("q")).sendKeys("Alice");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#p-" + aliceId + " button")));
        browser.findElement(By.cssSelector("#p-" + aliceId + " button")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("p-" + aliceId), "Checked in"));
        signOut();

        // after the meeting Alice answers the outcome survey
        signIn(alice);
        open("/matchmaking/" + key + "/surveys/" + aliceId);
        WebElement meeting = browser.findElement(By.cssSelector("main article"));
        assertThat(meeting.getText()).contains(bobOrg.getName());
        meeting.findElement(By.cssSelector("input[value=AGREEMENT_SIGNED]")).click();
        meeting.findElement(By.cssSelector("button[type=submit]")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "your answer is saved"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Answered: Agreement signed");
    }

    private void register(Account person, String key, String offer) {
        signIn(person);
        open("/matchmaking/" + key + "/register");
        browser.findElement(By.id("itemTitle-0")).sendKeys(offer);
        browser.findElement(By.xpath("//button[normalize-space()='Register']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "is registered"));
        signOut();
    }

    private void request(Account person, String key, String target) {
        signIn(person);
        open("/matchmaking/" + key + "/marketplace");
        browser.findElement(By.cssSelector("button[aria-label='Request a meeting with " + target + "']")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "Request sent to " + target));
        signOut();
    }

    private void signIn(Account account) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(account.getEmail());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.linkText("Account")));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(condition);
    }
}
