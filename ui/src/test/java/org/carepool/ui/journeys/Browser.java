package org.carepool.ui.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser for the journeys: the distribution's headless Chromium through chromedriver,
 * or HtmlUnit through the same WebDriver API where no Chromium can be had. It says which
 * it used; it never skips. Every page it is asked to check gets axe-core (Chromium) and
 * screenshots at 1280 and 390 px.
 */
final class Browser implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Browser.class);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<Path> CHROMIUM = List.of(Path.of("/usr/bin/chromium"),
			Path.of("/usr/bin/chromium-browser"));

	private static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"),
			Path.of("/usr/lib/chromium/chromedriver"));

	private final WebDriver driver;

	private final boolean chromium;

	private final String journey;

	private int step;

	private Browser(WebDriver driver, boolean chromium, String journey) {
		this.driver = driver;
		this.chromium = chromium;
		this.journey = journey;
	}

	static Browser open(String journey) {
		Path binary = CHROMIUM.stream().filter(Files::isExecutable).findFirst().orElse(null);
		Path chromedriver = DRIVERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
		boolean htmlUnitAsked = "htmlunit".equals(System.getProperty("journeys.browser"));
		if (binary != null && chromedriver != null && !htmlUnitAsked) {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(binary.toFile());
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			logs.enable(LogType.PERFORMANCE, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1000", "--lang=zh-CN", "--force-device-scale-factor=1");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
				.build();
			log.info("Browser journeys run in Chromium ({}) through {}", binary, chromedriver);
			return new Browser(new ChromeDriver(service, options), true, journey);
		}
		// HtmlUnit's JavaScript engine cannot parse htmx 2, so it runs the pages as a
		// browser without script does: every form and link must work on its own.
		if (htmlUnitAsked) {
			log.warn("Browser journeys run in HtmlUnit without JavaScript, as asked (-Djourneys.browser=htmlunit)");
		}
		else {
			log.warn("Browser journeys run in HtmlUnit without JavaScript: no Chromium with chromedriver here "
					+ "({} / {}); as root, apt-get install chromium chromium-driver", CHROMIUM, DRIVERS);
		}
		HtmlUnitDriver htmlUnit = new HtmlUnitDriver(false);
		return new Browser(htmlUnit, false, journey);
	}

	/**
	 * Whether the pages' script runs (Chromium), or they work without it (HtmlUnit).
	 * @return whether script runs
	 */
	boolean scripted() {
		return this.chromium;
	}

	/**
	 * Sends a form that htmx sends by itself on a change; a person without script presses
	 * its button.
	 * @param button the form's submit button
	 */
	void applyWithoutScript(String button) {
		if (!this.chromium) {
			click(button);
		}
	}

	WebDriver driver() {
		return this.driver;
	}

	void go(String url) {
		this.driver.get(url);
	}

	WebElement find(String css) {
		return wait(Duration.ofSeconds(15)).until((d) -> {
			List<WebElement> found = d.findElements(By.cssSelector(css));
			return found.isEmpty() ? null : found.get(0);
		});
	}

	List<WebElement> all(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	void type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Clicks an element, again if htmx swapped it out between finding and clicking.
	 */
	void click(String css) {
		wait(Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.until((d) -> {
				List<WebElement> found = d.findElements(By.cssSelector(css));
				if (found.isEmpty()) {
					return false;
				}
				found.get(0).click();
				return true;
			});
	}

	/**
	 * Waits until no htmx request is in flight, so the next step acts on the page the
	 * last one produced rather than on a part about to be swapped out.
	 */
	void awaitIdle() {
		if (!this.chromium) {
			// Without script every page is whole once loaded.
			return;
		}
		wait(Duration.ofSeconds(20)).until((d) -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
			.executeScript("return document.readyState === 'complete' && !document.querySelector('.htmx-request');")));
	}

	void awaitText(String text) {
		// The page may be replaced while its text is read (a redirect after a post).
		wait(Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> d.findElement(By.tagName("body")).getText().contains(text));
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(this.driver, timeout);
	}

	/**
	 * Checks the page a person sees now: no serious or critical accessibility violations,
	 * and screenshots at desktop and phone width.
	 * @param name what the page is, for the screenshot files
	 */
	void check(String name) {
		this.step++;
		if (this.chromium) {
			Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
				.analyze(this.driver);
			List<Rule> severe = results.getViolations()
				.stream()
				.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
				.toList();
			assertThat(severe)
				.as("axe-core on %s (%s): %s", name, this.driver.getCurrentUrl(),
						severe.stream().map((rule) -> rule.getId() + " " + rule.getNodes()).toList())
				.isEmpty();
			screenshot(name, 1280);
			screenshot(name, 390);
			this.driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	private void screenshot(String name, int width) {
		this.driver.manage().window().setSize(new Dimension(width, 1000));
		Object height = ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollHeight");
		this.driver.manage()
			.window()
			.setSize(new Dimension(width, Math.min(6000, Math.max(800, ((Number) height).intValue() + 120))));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(String.format("%s-%02d-%s-%d.png", this.journey, this.step, name, width)),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			// What the browser showed last: the first thing to look at when a journey
			// fails.
			Path last = Path.of("target", "journeys");
			Files.createDirectories(last);
			Files.writeString(last.resolve(this.journey + "-last.html"),
					this.driver.getCurrentUrl() + "\n" + this.driver.getPageSource());
			if (this.chromium) {
				Files.write(last.resolve(this.journey + "-last.png"),
						((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
				Files.write(last.resolve(this.journey + "-console.txt"),
						this.driver.manage()
							.logs()
							.get(LogType.BROWSER)
							.getAll()
							.stream()
							.map(LogEntry::toString)
							.toList());
				Files.write(last.resolve(this.journey + "-network.txt"), this.driver.manage()
					.logs()
					.get(LogType.PERFORMANCE)
					.getAll()
					.stream()
					.map(LogEntry::getMessage)
					.filter((message) -> message.contains("Network.requestWillBeSent")
							|| message.contains("Network.responseReceived") || message.contains("loadingFailed"))
					.toList());
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not keep the browser's last page", ex);
		}
		this.driver.quit();
	}

}
