package org.carepool.local.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server process started by this JVM, which never outlives it: it is stopped by
 * {@link #stop()}, by a shutdown hook, and, should the JVM be killed, by a watchdog that
 * notices its parent's pipe closing. Servers stop one at a time, the last started first,
 * so one that depends on another (an indexer on Elasticsearch) still reaches it while it
 * stops.
 */
public final class ServerProcess {

	private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);

	/** The running servers, the last started first. */
	private static final Deque<ServerProcess> running = new ConcurrentLinkedDeque<>();

	private static final AtomicBoolean hooked = new AtomicBoolean();

	/** Held while a server stops, so that servers stop one at a time. */
	private static final Object stopping = new Object();

	private final String name;

	private final Process process;

	private final Process watchdog;

	private final Path logFile;

	private ServerProcess(String name, Process process, Process watchdog, Path logFile) {
		this.name = name;
		this.process = process;
		this.watchdog = watchdog;
		this.logFile = logFile;
		running.push(this);
		if (hooked.compareAndSet(false, true)) {
			Runtime.getRuntime().addShutdownHook(new Thread(ServerProcess::stopAll, "stop-servers"));
		}
	}

	/**
	 * Stops every running server, the last started first.
	 */
	private static void stopAll() {
		for (ServerProcess server = running.peek(); server != null; server = running.peek()) {
			server.stop();
		}
	}

	/**
	 * Starts a server as the server account, its output going to a log file.
	 * @param name a short name for logs and messages
	 * @param command the server's command line
	 * @param environment extra environment variables
	 * @param logFile where its standard output and error go
	 * @param stopSignal the signal that stops it cleanly and quickly ({@code INT} for
	 * PostgreSQL's fast shutdown, {@code TERM} for Elasticsearch)
	 * @return the running process
	 */
	public static ServerProcess start(String name, List<String> command, Map<String, String> environment, Path logFile,
			String stopSignal) {
		return launch(name, ServerUser.command(command), environment, logFile, stopSignal);
	}

	/**
	 * Starts a program as the current user, its output going to a log file.
	 * @param name a short name for logs and messages
	 * @param command the program's command line
	 * @param environment extra environment variables
	 * @param logFile where its standard output and error go
	 * @return the running process
	 */
	public static ServerProcess startAsCurrentUser(String name, List<String> command, Map<String, String> environment,
			Path logFile) {
		return launch(name, command, environment, logFile, "TERM");
	}

	private static ServerProcess launch(String name, List<String> command, Map<String, String> environment,
			Path logFile, String stopSignal) {
		try {
			Files.createDirectories(logFile.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			builder.environment().putAll(environment);
			Process process = builder.start();
			Process watchdog = new ProcessBuilder("/bin/sh", "-c",
					"read ignored; kill -" + stopSignal + " " + process.pid() + " 2>/dev/null; sleep 20; kill -0 "
							+ process.pid() + " 2>/dev/null && kill -KILL " + process.pid())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			log.info("Started {} (pid {}), log: {}", name, process.pid(), logFile);
			return new ServerProcess(name, process, watchdog, logFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + command, ex);
		}
	}

	/**
	 * Runs a server's tool to completion as the server account.
	 * @param name a short name for messages
	 * @param command the tool's command line
	 * @param environment extra environment variables
	 * @param logFile where its output goes
	 * @param timeout how long it may take
	 */
	public static void run(String name, List<String> command, Map<String, String> environment, Path logFile,
			Duration timeout) {
		ServerProcess tool = start(name, command, environment, logFile, "TERM");
		waitFor(tool.process, timeout);
		if (tool.process.isAlive() || tool.process.exitValue() != 0) {
			String outcome = tool.process.isAlive() ? "did not finish within " + timeout.toSeconds() + " s"
					: "failed with exit code " + tool.process.exitValue();
			tool.stop();
			throw new IllegalStateException(
					name + " " + outcome + ". Last lines of " + logFile + ":\n" + tool.tail(40));
		}
		tool.stop();
	}

	/**
	 * Waits until the server answers, failing early with its log if it exits.
	 * @param ready a probe that tells whether the server answers
	 * @param timeout how long to wait at most
	 */
	public void awaitReady(BooleanSupplier ready, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with code " + this.process.exitValue()
						+ " while starting. Last lines of " + this.logFile + ":\n" + tail(40));
			}
			if (ready.getAsBoolean()) {
				return;
			}
			sleep(Duration.ofMillis(200));
		}
		stop();
		throw new IllegalStateException(this.name + " did not become ready within " + timeout.toSeconds()
				+ " s. Last lines of " + this.logFile + ":\n" + tail(40));
	}

	/**
	 * Whether the server process still runs.
	 * @return {@code true} while it runs
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The operating-system process id.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * Stops the server and waits for it to exit.
	 */
	public void stop() {
		synchronized (stopping) {
			stopNow();
			running.remove(this);
		}
	}

	private void stopNow() {
		if (this.process.isAlive()) {
			// Closing the watchdog's input makes it send the stop signal to the server,
			// which
			// works even when the server runs as another account.
			try {
				this.watchdog.getOutputStream().close();
			}
			catch (IOException ex) {
				this.process.destroy();
			}
			waitFor(this.process, Duration.ofSeconds(30));
			if (this.process.isAlive()) {
				log.warn("{} did not stop in time; killing it", this.name);
				this.process.destroyForcibly();
				waitFor(this.process, Duration.ofSeconds(10));
			}
		}
		// The watchdog may be waiting to force the stop; it has nothing left to do.
		this.watchdog.descendants().forEach(ProcessHandle::destroy);
		this.watchdog.destroy();
	}

	/**
	 * The last lines of the server's log, for error messages.
	 * @param lines how many lines
	 * @return the lines, joined
	 */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log not readable: " + ex.getMessage() + ")";
		}
	}

	private static void waitFor(Process process, Duration timeout) {
		try {
			process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a server", ex);
		}
	}

}
