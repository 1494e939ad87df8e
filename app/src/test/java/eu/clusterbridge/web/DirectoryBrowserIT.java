package eu.clusterbridge.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end in headless Chromium: search the directory with htmx, filter by a facet, open a partnership. */
class DirectoryBrowserIT extends BrowserTest {

    @Test
    void aVisitorSearchesFiltersAndOpensAPartnership() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://localhost:" + port + "/directory");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("packaging", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q=packaging"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".results [role=status]"), "for “packaging”"));

        WebElement escpFacet = wait.until(ExpectedConditions.elementToBeClickable(By.id("programme-ESCP_4I_2")));
        escpFacet.click();
        wait.until(ExpectedConditions.urlContains("programme=ESCP_4I_2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".results"), "AdPack2"));

        browser.findElement(By.partialLinkText("AdPack2")).click();
        wait.until(ExpectedConditions.titleContains("AdPack2"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("AdPack2");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("Nanoprogress");
    }

    @Test
    void theDirectoryFitsAPhoneScreen() {
        browser.manage().window().setSize(new Dimension(375, 812));
        try {
            browser.get("http://localhost:" + port + "/directory?q=cluster");
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
