package eu.clusterbridge.web;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import eu.clusterbridge.mail.Mailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in headless Chromium with the real SMTP server: a person signs up, confirms the address from the
 * e-mail, creates a cluster profile, sees the unmet criteria, fixes the profile and submits it; a validator
 * publishes it; it then appears in the directory search.
 */
class AccountsBrowserIT extends BrowserTest {

    @Autowired
    GreenMail mailServer;

    @Test
    void aNewPersonGetsTheirClusterPublished() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String email = "browser." + System.nanoTime() + "@example.org";
        String cluster = "Selenium Photonics Cluster";

        open("/signup");
        type("email", email);
        type("displayName", "Browser Person");
        type("password", "a long browser password");
        submit();
        assertThat(heading()).isEqualTo("Check your mailbox");

        open(Mailbox.link(Mailbox.only(mailServer, email, "")));
        assertThat(heading()).isEqualTo("Address confirmed");
        signIn(email, "a long browser password");

        open("/organisations/new");
        type("name", cluster);
        new Select(browser.findElement(By.id("country"))).selectByValue("PT");
        type("memberCount", "40");
        type("staffFte", "0.25");
        submit();
        wait.until(ExpectedConditions.titleIs(cluster + " · ClusterBridge"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Not public yet");

        browser.findElement(By.linkText("Validation")).click();
        wait.until(ExpectedConditions.titleContains("Validation of"));
        WebElement fte = browser.findElement(By.xpath("//table[@id='criteria']//tr[td[contains(., '0.5 FTE')]]"));
        assertThat(fte.getText()).contains("not met");
        browser.findElement(By.name("englishWebsite")).click();
        browser.findElement(By.cssSelector("input[name=memberHelices][value=INDUSTRY]")).click();
        browser.findElement(By.cssSelector("input[name=memberHelices][value=RESEARCH_ACADEMIA]")).click();
        submitForm("form[action$='/validation']");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("not every criterion is met yet");

        browser.findElement(By.linkText("Edit the profile")).click();
        wait.until(ExpectedConditions.titleContains("Edit"));
        type("staffFte", "1.5");
        type("website", "https://photonics.example.org");
        submit();
        wait.until(ExpectedConditions.titleIs(cluster + " · ClusterBridge"));
        browser.findElement(By.linkText("Validation")).click();
        wait.until(ExpectedConditions.titleContains("Validation of"));
        assertThat(browser.findElements(By.cssSelector("tr.criterion-unmet"))).isEmpty();
        submitForm("form[action$='/validation']");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("submitted");

        submitForm("form[action$='/logout']");
        signIn("admin@test.localhost", "test-operator-password");
        open("/validation");
        browser.findElement(By.cssSelector("button[aria-label='Publish " + cluster + "']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "is published"));

        open("/directory?q=photonics");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".results"), cluster));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void submit() {
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    private void submitForm(String selector) {
        String before = browser.getCurrentUrl() + System.identityHashCode(browser.findElement(By.tagName("html")));
        browser.findElement(By.cssSelector(selector + " button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                !(driver.getCurrentUrl() + System.identityHashCode(driver.findElement(By.tagName("html")))).equals(before)
                        || !driver.findElements(By.cssSelector("[role=status], [role=alert]")).isEmpty());
    }

    private void signIn(String email, String password) {
        open("/login");
        type("username", email);
        type("password", password);
        submit();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Account")));
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }
}
