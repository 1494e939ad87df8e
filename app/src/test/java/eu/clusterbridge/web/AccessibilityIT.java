package eu.clusterbridge.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core audits the main pages in headless Chromium against WCAG 2.1 A and AA: no serious or critical
 * violation may appear (contrast, labels, landmarks, names of links and buttons, language…).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityIT {

    private static ChromeDriver browser;
    private static String axe;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/directory?q=packaging", "/partnerships", "/partnerships/adpack", "/organisations/packbridge",
            "/map", "/events", "/login", "/no-such-page",
            "/organisations/packbridge/partners", "/partnerships/adpack/partners",
            "/partners?need=smart+packaging+partners+in+Portugal+for+a+mission+to+Canada", "/partners?need="})
    void pagesHaveNoSeriousAccessibilityViolations(String path) {
        browser.get("http://localhost:" + port + path);
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
        assertThat(violations).as(path).isEmpty();
    }
}
