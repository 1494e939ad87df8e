package eu.clusterbridge.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import eu.clusterbridge.matchmaking.EventAccess;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.Registrations;
import eu.clusterbridge.matchmaking.ScheduleBoard;
import eu.clusterbridge.matchmaking.Scheduling;
import eu.clusterbridge.matchmaking.internal.DemoEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core audits the main pages in headless Chromium against WCAG 2.1 A and AA: no serious or critical
 * violation may appear (contrast, labels, landmarks, names of links and buttons, language…).
 */
class AccessibilityIT extends BrowserTest {

    private static String axe;

    @Autowired
    DemoEvent demo;

    @Autowired
    Scheduling scheduling;

    @Autowired
    ScheduleBoard board;

    @Autowired
    Registrations registrations;

    /** The matchmaking pages need an event: the demo event, built and scheduled once (the test profile does not load it). */
    private static MatchmakingEvent event;
    private static long participant;
    /** A partner request of packbridge with a comment, for the request pages. */
    private static long partnerRequest;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void aMatchmakingEvent() {
        if (event == null) {
            EventAccess.SystemWork.run(() -> {
                event = demo.create();
                scheduling.runNow(event.id(), java.time.Duration.ofSeconds(3));
                board.publish(event.id(), true);
            });
            participant = registrations.ofEvent(event.id()).get(0).id();
            partnerRequest = PartnerRequestFixture.create(context);
        }
    }

    @BeforeAll
    static void loadAxe() throws Exception {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/directory?q=packaging", "/partnerships", "/partnerships/adpack", "/organisations/packbridge",
            "/map", "/events", "/login", "/no-such-page",
            "/signup", "/password-reset", "/invitations?token=unknown",
            "/organisations/packbridge/partners", "/partnerships/adpack/partners",
            "/partners?need=smart+packaging+partners+in+Portugal+for+a+mission+to+Canada", "/partners?need=",
            "/matchmaking", "/matchmaking/{event}", "/matchmaking/{event}/agendas", "/matchmaking/{event}/agendas/{participant}",
            "/matchmaking/{event}/rotations", "/matchmaking/{event}/rotations?size=3&rounds=2",
            "/partner-requests", "/partner-requests?country=PT", "/partner-requests/{request}",
            "/matchmaking/{event}/marketplace", "/matchmaking/{event}/marketplace?kind=OFFER&q=cluster"})
    void pagesHaveNoSeriousAccessibilityViolations(String template) {
        String path = withIds(template);
        browser.get("http://localhost:" + port + path);
        assertThat(violations()).as(path).isEmpty();
    }

    /** The pages behind sign-in, seen by the administrator (who sees every control on them). */
    @ParameterizedTest
    @ValueSource(strings = {"/account", "/validation", "/admin/audit", "/organisations/packbridge/members",
            "/organisations/packbridge/validation", "/organisations/new", "/matchmaking/{event}/schedule",
            "/matchmaking/{event}/grid", "/matchmaking/{event}/participants",
            "/partner-requests/new", "/partner-requests/{request}", "/partner-requests/{request}/edit", "/shortlist",
            "/notifications", "/organisations/packbridge/contact", "/organisations/packbridge/partners",
            "/matchmaking/new", "/matchmaking/mine", "/matchmaking/{event}/register", "/matchmaking/{event}/registrations/{participant}/edit",
            "/matchmaking/{event}/check-in", "/matchmaking/{event}/walk-ins?slot=1", "/matchmaking/{event}/surveys/{participant}",
            "/matchmaking/{event}/statistics"})
    void signedInPagesHaveNoSeriousAccessibilityViolations(String template) {
        String path = withIds(template);
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("admin@test.localhost");
        browser.findElement(By.id("password")).sendKeys("test-operator-password");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Account")));
        try {
            browser.get("http://localhost:" + port + path);
            assertThat(browser.getTitle()).as(path).doesNotContain("Sign in");
            assertThat(violations()).as(path).isEmpty();
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    private static String withIds(String template) {
        return template.replace("{event}", event.key()).replace("{participant}", String.valueOf(participant))
                .replace("{request}", String.valueOf(partnerRequest));
    }

    private List<Map<String, Object>> violations() {
        browser.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help,
                                   nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))));
                """);
        return violations;
    }
}
