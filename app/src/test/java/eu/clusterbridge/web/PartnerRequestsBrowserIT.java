package eu.clusterbridge.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
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
 * End to end in headless Chromium: a cluster manager posts a partner request, someone of another cluster says
 * they are interested, and the poster sees the unread notification and who is interested.
 */
class PartnerRequestsBrowserIT extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Organisations organisations;

    @Autowired
    Memberships memberships;

    @Test
    void aPosterHearsOfInterestInTheirRequest() {
        TestAccounts accounts = new TestAccounts(context);
        Account poster = accounts.create("Poster");
        Account interested = accounts.create("Interested");
        Organisation posting = organisations.getByKey("packbridge");
        Organisation answering = organisations.all().stream()
                .filter(o -> o.isPublished() && !o.getId().equals(posting.getId())).findFirst().orElseThrow();
        memberships.join(poster.getId(), posting.getId(), OrganisationRole.OWNER);
        memberships.join(interested.getId(), answering.getId(), OrganisationRole.EDITOR);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        signIn(poster, wait);
        browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Partner requests")).click();
        browser.findElement(By.linkText("Post a request")).click();
        new Select(browser.findElement(By.id("organisationId"))).selectByVisibleText(posting.getName());
        browser.findElement(By.id("title")).sendKeys("Recyclable trays for a pilot in Canada");
        browser.findElement(By.id("description")).sendKeys("We look for a converter of recyclable food trays for a retail pilot.");
        new Select(browser.findElement(By.id("countries"))).selectByValue("PT");
        WebElement deadline = browser.findElement(By.id("deadline"));
        browser.executeScript("arguments[0].value = arguments[1]", deadline, LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches("/partner-requests/\\d+$"));
        String requestUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Recyclable trays for a pilot in Canada");
        signOut();

        signIn(interested, wait);
        browser.get(requestUrl);
        new Select(browser.findElement(By.id("interest-organisation"))).selectByVisibleText(answering.getName());
        browser.findElement(By.id("interest-message")).sendKeys("We make moulded-fibre trays.");
        browser.findElement(By.cssSelector("#interest-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main [role=status]"), "Your interest was sent"));
        assertThat(browser.findElement(By.id("interest-count")).getText()).isEqualTo("1");
        signOut();

        signIn(poster, wait);
        assertThat(browser.findElement(By.id("notifications-link")).getText()).contains("1 unread");
        browser.get(requestUrl);
        WebElement interest = browser.findElement(By.cssSelector("article.interest"));
        assertThat(interest.getText()).contains(answering.getName()).contains("Interested").contains("We make moulded-fibre trays.")
                .doesNotContain(interested.getEmail());
        browser.findElement(By.id("notifications-link")).click();
        wait.until(ExpectedConditions.urlContains("/notifications"));
        assertThat(browser.findElement(By.cssSelector("article.notification h2")).getText())
                .startsWith("Interest in your request: Recyclable trays for a pilot in Canada");
        signOut();
    }

    private void signIn(Account account, WebDriverWait wait) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(account.getEmail());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Account")));
    }

    private static void signOut() {
        browser.manage().deleteAllCookies();
    }
}
