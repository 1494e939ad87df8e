package eu.clusterbridge.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end in headless Chromium: "Find partners" from an organisation page, the score details, and a typed need. */
class FindPartnersBrowserIT extends BrowserTest {

    @Test
    void aVisitorFindsPartnersForAnOrganisationAndSeesWhy() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://localhost:" + port + "/organisations/packbridge");
        browser.findElement(By.cssSelector("main a.find-partners")).click();
        wait.until(ExpectedConditions.urlContains("/organisations/packbridge/partners"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Find partners for");

        List<WebElement> cards = browser.findElements(By.cssSelector("article.recommendation"));
        assertThat(cards).isNotEmpty();
        WebElement first = cards.get(0);
        assertThat(first.findElement(By.cssSelector(".explanation")).getText()).isNotBlank().endsWith(".");
        WebElement details = first.findElement(By.tagName("details"));
        details.findElement(By.tagName("summary")).click();
        wait.until(ExpectedConditions.visibilityOf(details.findElement(By.tagName("table"))));
        assertThat(details.findElements(By.cssSelector("tbody tr"))).hasSize(7);

        new Select(browser.findElement(By.id("excludeCountry"))).selectByValue("PT");
        browser.findElement(By.cssSelector("#find-partners button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("excludeCountry=PT"));
        assertThat(browser.findElements(By.cssSelector("article.recommendation .badge")))
                .extracting(WebElement::getText).doesNotContain("Portugal");
    }

    @Test
    void aVisitorDescribesANeedInWords() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.cssSelector("header nav")).findElement(By.linkText("Find partners")).click();
        wait.until(ExpectedConditions.urlContains("/partners"));
        browser.findElement(By.id("need")).sendKeys("advanced packaging partners in Portugal for a mission to Canada");
        browser.findElement(By.cssSelector("#find-partners button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".results [role=status]")));

        List<WebElement> cards = browser.findElements(By.cssSelector("article.recommendation"));
        assertThat(cards).isNotEmpty();
        assertThat(cards).allSatisfy(card -> assertThat(card.findElement(By.cssSelector(".explanation")).getText())
                .contains("Based in Portugal, as asked"));
    }

    @Test
    void anEmptyNeedIsExplainedNextToTheField() {
        browser.get("http://localhost:" + port + "/partners?need=");
        assertThat(browser.findElement(By.id("need-error")).getText()).isEqualTo("Your need must not be empty.");
        assertThat(browser.findElement(By.id("need")).getAttribute("aria-invalid")).isEqualTo("true");
    }
}
